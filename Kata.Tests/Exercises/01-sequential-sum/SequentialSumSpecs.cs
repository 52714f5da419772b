using System.Globalization;
using System.Numerics;
using Kata.Exercises;
using Kata.Machinery;
using Kata.Tests.Support.Judging;
using Kata.Tests.Support.Systematic;
using Kata.Text;

namespace Kata.Tests.Exercises;

[Exercise("01-sequential-sum")]
public sealed class SequentialSumSpecs : ExerciseSpecs
{
    [Test]
    public void Sum_A_from_1_to_5_prints_the_running_total_after_each_step()
    {
        var (_, seen) = Sum("A", 1, 5);

        Expect(seen.Transcript, Prints.Exactly(Notebook.A.Lines),
            Why(seen, SequentialSumMessages.SumLinePerStep, "single-thread"));
    }

    [Test]
    public void Sum_A_from_1_to_5_returns_10()
    {
        // Only the return value is checked here: a sum printed with Console.WriteLine is the other specs' failure, not this one's.
        var (total, seen) = Sum("A", 1, 5, printsUnchecked: true);

        Expect(total, Is.EqualTo(new BigInteger(10)), Why(seen, SequentialSumMessages.SumReturnsTen, "single-thread"));
    }

    [Test]
    public void Sum_sleeps_one_second_before_each_line()
    {
        var (_, seen) = Sum("A", 1, 5);

        Expect(Prints.Times(seen.Lines), Prints.AtSeconds(1, 2, 3, 4),
            Why(seen, SequentialSumMessages.SumSleepThenPrint + ThreadChecks.NoVirtualTime(seen), "single-thread"));
        Expect(seen.Elapsed, Is.EqualTo(TimeSpan.FromSeconds(4)),
            Because(SequentialSumMessages.SumFourSteps, "single-thread"));
    }

    [Test]
    public void A_single_step_prints_one_line_after_one_second()
    {
        var (total, seen) = Sum("Z", 7, 8);

        var why = Because(SequentialSumMessages.SumOneStep, "range");
        Expect(seen.Transcript, Prints.Exactly("[Z] total = 7"), why);
        Expect(Prints.Times(seen.Lines), Prints.AtSeconds(1), why + ThreadChecks.NoVirtualTime(seen));
        Expect(total, Is.EqualTo(new BigInteger(7)), why);
    }

    [TestCase(3, 3, TestName = "An_empty_range_prints_nothing_returns_0_and_takes_no_time")]
    [TestCase(5, 1, TestName = "A_range_whose_low_is_above_its_high_is_empty_as_in_Python")]
    public void Empty_ranges(long low, long high)
    {
        var (total, seen) = Sum("A", low, high);

        var why = Because(Language.Format(SequentialSumMessages.SumEmptyRange, low, high), "range");
        Expect(seen.Transcript, Prints.Nothing, why);
        Expect(total, Is.EqualTo(BigInteger.Zero), why);
        Expect(seen.Elapsed, Is.EqualTo(TimeSpan.Zero), why);
    }

    [Test]
    public void Negative_bounds_count_up_from_low()
    {
        var (total, seen) = Sum("N", -3, 1);

        var why = Because(SequentialSumMessages.SumNegative, "range");
        Expect(seen.Transcript, Prints.Exactly("[N] total = -3", "[N] total = -5", "[N] total = -6", "[N] total = -6"), why);
        Expect(total, Is.EqualTo(new BigInteger(-6)), why);
    }

    [TestCase(int.MaxValue, int.MaxValue + 2L, "4294967295", TestName = "Totals_beyond_int_range_are_exact")]
    [TestCase(long.MaxValue - 2, long.MaxValue, "18446744073709551611", TestName = "Totals_beyond_long_range_do_not_overflow")]
    public void Big_totals(long low, long high, string expected)
    {
        var (total, seen, rangeMistake) = SumOfTwoSteps(SumAct("A", low, high), low, high);

        Expect(rangeMistake, Is.Null, () => Because(rangeMistake!, "range"));
        var why = Because(SequentialSumMessages.SumBigTotals, "big-totals");
        Expect(total, Is.EqualTo(BigInteger.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), why);
        Expect(seen.Transcript, Prints.Exactly($"[A] total = {low}", $"[A] total = {expected}"), why);
    }

    [TestCase(null, TestName = "A_null_name_is_an_argument_error")]
    [TestCase("", TestName = "An_empty_name_is_an_argument_error")]
    public void Names_are_required(string? name)
    {
        var seen = SumAct(name, 1, 5);

        Expect(Judge.Threw(seen),
            Has.Property(nameof(Thrown.Types)).Contains(typeof(ArgumentException).FullName).And.Property(nameof(Thrown.ParamName)).EqualTo("name"),
            Because(SequentialSumMessages.SumNameRequired, "arguments"));
        Expect(seen.Transcript, Prints.Nothing, Because(SequentialSumMessages.SumNothingForMissingName, "arguments"));
    }

    [Test]
    public void The_program_prints_the_notebook_transcript()
    {
        var seen = RunProgram();

        Expect(seen.Transcript, Prints.Exactly(Notebook.Transcript),
            Because(SequentialSumMessages.ProgramTranscript, "program"));
    }

    [Test]
    public void The_program_takes_14_seconds()
    {
        var seen = RunProgram();

        Expect(seen.Elapsed, Is.EqualTo(TimeSpan.FromSeconds(14)),
            Because(SequentialSumMessages.ProgramFourteenSeconds + ThreadChecks.NoVirtualTime(seen), "program"));
    }

    [Test]
    public void Each_line_of_the_program_lands_at_its_second()
    {
        var seen = RunProgram();

        Expect(Prints.Times(seen.Lines), Prints.AtSeconds(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 14),
            Because(SequentialSumMessages.ProgramSeconds + ThreadChecks.NoVirtualTime(seen), "program"));
    }

    /// <summary>Act: <c>SequentialSum.Sum</c> in a world of its own, run where learner code runs (<see cref="Acts"/>).</summary>
    internal static Observation SumAct(string? name, long low, long high) =>
        Acts.Observe(typeof(SequentialSumSpecs), nameof(SumAct), [name, low, high],
            () => Learner.Observe(() => SequentialSum.Sum(name!, low, high), Observation.Invariant));

    /// <summary>
    /// Runs a sum of a two-step range and names a range mistake before anything else: a loop that runs one step
    /// too many (i &lt;= high) or never ends (high = long.MaxValue) is a range mistake, not an overflow.
    /// </summary>
    /// <returns>The total and what was seen, and what is wrong with the range (null when it has its two steps).</returns>
    internal static (BigInteger Total, Observation Seen, string? RangeMistake) SumOfTwoSteps(Observation seen, long low, long high)
    {
        if (seen.Threw is { } thrown && thrown.Is<RunawayException>())
        {
            return (0, seen, Language.Format(SequentialSumMessages.SumRangeNeverEnds, low, high, thrown.Message));
        }

        var total = Judge.Returned(seen).Total;
        return (total, seen, seen.Transcript.Count == 2 ? null : Language.Format(SequentialSumMessages.SumRangeSteps, low, high, seen.Transcript.Count));
    }

    /// <summary><see cref="SumOfTwoSteps(Observation, long, long)"/> of a sum written here (the zoo's), run in this process.</summary>
    internal static (BigInteger Total, Observation Seen, string? RangeMistake) SumOfTwoSteps(Func<string, long, long, BigInteger> sum, long low, long high) =>
        SumOfTwoSteps(Learner.Observe(() => sum("A", low, high), Observation.Invariant), low, high);

    private (BigInteger Total, Observation Seen) Sum(string name, long low, long high, bool printsUnchecked = false)
    {
        var seen = SumAct(name, low, high);
        return (Judge.Returned(seen, Lesson.At("single-thread"), printsUnchecked).Total, seen);
    }

    /// <summary>
    /// The spec's reason, unless Sum("A", 1, 5) printed a fifth line: then the loop ran to high inclusive, a range mistake,
    /// and the reason says so and links the section on range.
    /// </summary>
    private string Why(Observation seen, string message, string section) =>
        seen.Transcript.Count == 5 && seen.Transcript[^1] == "[A] total = 15"
            ? Because(Language.Format(SequentialSumMessages.SumOneStepTooMany, seen.Transcript[^1]), "range")
            : Because(message, section);

}
