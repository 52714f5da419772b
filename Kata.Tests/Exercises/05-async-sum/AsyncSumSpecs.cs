using System.Numerics;
using System.Text.Json;
using Kata.Exercises;
using Kata.Machinery;
using Kata.Tests.Support.Judging;
using Kata.Tests.Support.Systematic;
using Kata.Text;
using static Kata.Tests.Exercises.AsyncSumChecks;

namespace Kata.Tests.Exercises;

[Exercise("05-async-sum")]
public sealed class AsyncSumSpecs : ExerciseSpecs
{
    private const int Many = 10_000;

    /// <summary>
    /// One run of the 10,000 sums for the two specs that check it (0.4–0.5 s a run on 2 cores): what fails it fails both, in
    /// the same words (a Lazy keeps the exception it threw).
    /// </summary>
    private readonly Lazy<Observation> many = new(() => Judge.Returned(ManyAct()));

    // One exploration per run of the fixture, never per process: a mutation tester runs many mutants in one process.
    private readonly SharedExploration program = new(ThreeAtOnce, [.. InSpecOrder.Select(spec => spec.Check)]);

    [Test]
    public void SumAsync_A_from_1_to_5_prints_the_running_totals_and_returns_10()
    {
        var seen = Sum("A", 1, 5);

        var why = Because(AsyncSumMessages.SumLinesAndTotal, "async-await");
        Expect(seen.Transcript, Prints.Exactly("[A] total = 1", "[A] total = 3", "[A] total = 6", "[A] total = 10"), why);
        Expect(seen.Total, Is.EqualTo(new BigInteger(10)), why);
    }

    [Test]
    public void Each_step_awaits_one_second_of_the_kata_clock()
    {
        var seen = Sum("A", 1, 5);

        Expect(Prints.Times(seen.Lines), Prints.AtSeconds(1, 2, 3, 4),
            Because(AsyncSumMessages.SumOneSecondEach + ThreadChecks.NoVirtualTime(seen), "async-await"));
    }

    [Test]
    public void SumAsync_gives_its_thread_back_at_its_first_await()
    {
        var atReturn = JsonSerializer.Deserialize<AtReturn>(Judge.Returned(FirstAwaitAct()).Returned!)!;

        Expect((atReturn.Done, atReturn.Lines), Is.EqualTo((false, 0)),
            Because(Language.Format(AsyncSumMessages.SumReturnsAtFirstAwait, atReturn.Lines), "task-not-thread"));
    }

    [Test]
    public void A_null_or_empty_name_is_an_argument_error()
    {
        foreach (var name in new[] { null, "" })
        {
            var seen = SumAct(name, 1, 5);

            Expect(Judge.Threw(seen),
                Has.Property(nameof(Thrown.Types)).Contains(typeof(ArgumentException).FullName).And.Property(nameof(Thrown.ParamName)).EqualTo("name"),
                Because(AsyncSumMessages.SumNameRequired, "async-await"));
            Expect(seen.Transcript, Prints.Nothing, Because(AsyncSumMessages.SumNameRequired, "async-await"));
        }
    }

    [Test]
    public void Three_at_once_each_tasks_lines_are_in_order_with_the_right_totals() =>
        program.Verify(EachTasksLinesAreInOrder, Lesson.At(SectionOf(EachTasksLinesAreInOrder)));

    [Test]
    public void Three_at_once_print_total_105_then_Done_last() =>
        program.Verify(TotalThenDoneLast, Lesson.At(SectionOf(TotalThenDoneLast)));

    [Test]
    public void Three_at_once_take_5_seconds_not_14() =>
        program.Verify(FiveSeconds, Lesson.At(SectionOf(FiveSeconds)));

    private static string SectionOf(Action<Observation> check) => InSpecOrder.Single(spec => spec.Check == check).Section;

    [Test]
    public void Ten_thousand_sums_at_once_total_100000()
    {
        Expect(many.Value.Total, Is.EqualTo(new BigInteger(10 * Many)), Because(Language.Format(AsyncSumMessages.ManyTotal, Many), "scale"));
    }

    [Test]
    public void Ten_thousand_sums_at_once_take_4_seconds_of_virtual_time()
    {
        Expect(many.Value.Elapsed, Is.EqualTo(TimeSpan.FromSeconds(4)), Because(Language.Format(AsyncSumMessages.ManyFourSeconds, Many), "scale"));
    }

    [Test]
    public void Its_program_runs_the_three_sums_then_10000_at_once()
    {
        var seen = RunProgram();

        var why = Because(Language.Format(AsyncSumMessages.ProgramThreeThenMany, Programs.ManySums), "scale");
        Expect(seen.Transcript.TakeLast(3), Prints.Exactly("total = 105", "Done!", Language.Format(Messages.ProgramManySums, Programs.ManySums, 10 * Programs.ManySums, 4)), why);
        Expect(seen.Elapsed, Is.EqualTo(TimeSpan.FromSeconds(9)), why);
    }

    /// <summary>Act: <c>AsyncSum.SumAsync</c> awaited in a world of its own, where learner code runs (<see cref="Acts"/>).</summary>
    internal static Observation SumAct(string? name, long low, long high) =>
        Acts.Observe(typeof(AsyncSumSpecs), nameof(SumAct), [name, low, high],
            () => Learner.Observe(() => Learner.Awaited(() => AsyncSum.SumAsync(name!, low, high)), Observation.Invariant));

    /// <summary>Act: whether SumAsync's task was done, and how many lines were printed, when it returned.</summary>
    internal static Observation FirstAwaitAct() =>
        Acts.Observe(typeof(AsyncSumSpecs), nameof(FirstAwaitAct), [], () =>
        {
            var world = new VirtualWorld();
            return Learner.Observe(world, () =>
            {
                AtReturn atReturn = new(true, -1);
                World.Current.Run(async () =>
                {
                    var sum = AsyncSum.SumAsync("A", 1, 5);
                    atReturn = new AtReturn(sum.IsCompleted, world.Lines.Count);
                    await sum;
                });
                return atReturn;
            }, atReturn => JsonSerializer.Serialize(atReturn));
        });

    /// <summary>Act: the 10,000 sums at once, their lines muted.</summary>
    internal static Observation ManyAct() =>
        Acts.Observe(typeof(AsyncSumSpecs), nameof(ManyAct), [], () => Learner.Observe(() => Learner.Awaited(async () =>
        {
            using (Output.Mute())
            {
                return await AsyncSum.SumManyAsync(Many);
            }
        }), Observation.Invariant));

    /// <summary>The three sums as tasks, explored: a named static method, which a subject can find.</summary>
    private static void ThreeAtOnce() => World.Current.Run(AsyncSum.RunProgramAsync);

    /// <summary>What SumAsync's caller saw when it returned: its task done or not, and the lines printed by then.</summary>
    private sealed record AtReturn(bool Done, int Lines);

    private static Observation Sum(string name, long low, long high) => Judge.Returned(SumAct(name, low, high));
}
