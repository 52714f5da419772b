using Kata.Tests.Support.Judging;
using System.Numerics;
using Kata.Exercises;
using Kata.Machinery;
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
    private readonly Lazy<(BigInteger Total, VirtualWorld World)> many = new(SumMany);

    // One exploration per run of the fixture, never per process: a mutation tester runs many mutants in one process.
    private readonly SharedExploration program = new(() => World.Current.Run(AsyncSum.RunProgramAsync), [.. InSpecOrder.Select(spec => spec.Check)]);

    [Test]
    public void SumAsync_A_from_1_to_5_prints_the_running_totals_and_returns_10()
    {
        var (total, world) = Sum("A", 1, 5);

        var why = Because(AsyncSumMessages.SumLinesAndTotal, "async-await");
        Expect(world.Transcript, Prints.Exactly("[A] total = 1", "[A] total = 3", "[A] total = 6", "[A] total = 10"), why);
        Expect(total, Is.EqualTo(new BigInteger(10)), why);
    }

    [Test]
    public void Each_step_awaits_one_second_of_the_kata_clock()
    {
        var (_, world) = Sum("A", 1, 5);

        Expect(Prints.Times(world.Lines), Prints.AtSeconds(1, 2, 3, 4),
            Because(AsyncSumMessages.SumOneSecondEach + ThreadChecks.NoVirtualTime(world), "async-await"));
    }

    [Test]
    public void SumAsync_gives_its_thread_back_at_its_first_await()
    {
        var world = new VirtualWorld();
        var (done, lines) = Learner.Run(world, () =>
        {
            (bool, int) atReturn = default;
            World.Current.Run(async () =>
            {
                var sum = AsyncSum.SumAsync("A", 1, 5);
                atReturn = (sum.IsCompleted, world.Lines.Count);
                await sum;
            });
            return atReturn;
        });

        Expect((done, lines), Is.EqualTo((false, 0)), Because(Language.Format(AsyncSumMessages.SumReturnsAtFirstAwait, lines), "task-not-thread"));
    }

    [Test]
    public void A_null_or_empty_name_is_an_argument_error()
    {
        foreach (var name in new[] { null, "" })
        {
            var world = new VirtualWorld();

            Expect(() => Learner.Await(world, () => AsyncSum.SumAsync(name!, 1, 5)),
                Throws.InstanceOf<ArgumentException>().With.Property(nameof(ArgumentException.ParamName)).EqualTo("name"),
                Because(AsyncSumMessages.SumNameRequired, "async-await"));
            Expect(world.Transcript, Prints.Nothing, Because(AsyncSumMessages.SumNameRequired, "async-await"));
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
        var (total, _) = many.Value;

        Expect(total, Is.EqualTo(new BigInteger(10 * Many)), Because(Language.Format(AsyncSumMessages.ManyTotal, Many), "scale"));
    }

    [Test]
    public void Ten_thousand_sums_at_once_take_4_seconds_of_virtual_time()
    {
        var (_, world) = many.Value;

        Expect(world.Elapsed, Is.EqualTo(TimeSpan.FromSeconds(4)), Because(Language.Format(AsyncSumMessages.ManyFourSeconds, Many), "scale"));
    }

    [Test]
    public void Its_program_runs_the_three_sums_then_10000_at_once()
    {
        var world = new VirtualWorld();
        Learner.Run(world, Programs.ById[Id]);

        var why = Because(Language.Format(AsyncSumMessages.ProgramThreeThenMany, Programs.ManySums), "scale");
        Expect(world.Transcript.TakeLast(3), Prints.Exactly("total = 105", "Done!", Language.Format(Messages.ProgramManySums, Programs.ManySums, 10 * Programs.ManySums, 4)), why);
        Expect(world.Elapsed, Is.EqualTo(TimeSpan.FromSeconds(9)), why);
    }

    private static (BigInteger Total, VirtualWorld World) Sum(string name, long low, long high)
    {
        var world = new VirtualWorld();
        return (Learner.Await(world, () => AsyncSum.SumAsync(name, low, high)), world);
    }

    private static (BigInteger Total, VirtualWorld World) SumMany()
    {
        var world = new VirtualWorld();
        var total = Learner.Await(world, async () =>
        {
            using (Output.Mute())
            {
                return await AsyncSum.SumManyAsync(Many);
            }
        });
        return (total, world);
    }
}
