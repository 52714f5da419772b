using Kata.Machinery;
using Kata.Tests.Mistakes;
using Kata.Tests.Support.Judging;
using Kata.Tests.Support.Systematic;

namespace Kata.Tests.Machinery;

/// <summary>The Coyote harness explores, reports in words and pictures, and stops what never ends.</summary>
[TestFixture]
[Category("machinery")]
[EnglishMessages]
public sealed class ExplorationSpecs
{
    [Test]
    public void A_program_that_holds_in_every_interleaving_passes_all_of_them()
    {
        var exploration = Exploration.Run(() => Run(new Probe("A", 2), new Probe("B", 3)), world =>
            Expectation.That(world.Elapsed == TimeSpan.FromSeconds(3), "both joined at +3 s"));

        Assert.That(exploration.Failure, Is.Null);
        Assert.That(exploration.Explored, Is.EqualTo(Exploration.Iterations));
    }

    [Test]
    public void An_exception_from_the_exercises_code_names_the_method_and_line_it_left()
    {
        // Stub or solution, SumAsync throws for a null name; its task has no other name to give. It is learner code, so a
        // subject runs it where there is one.
        var exploration = Exploration.Judge(Explorations.Record(SumAsyncOfNoName, Exploration.DefaultSeed, 1), [_ => { }])[0];

        Assert.That(exploration.Failure, Does.Match(@"^The program threw \w+Exception: .+ It was thrown in AsyncSum\.SumAsync, line [1-9][0-9]*\.$"));
    }

    [Test]
    public void An_exception_from_the_kata_s_own_code_names_no_exercise_method()
    {
        var exploration = Exploration.Run(() => throw new InvalidOperationException("not the learner's"), _ => { });

        Assert.That(exploration.Failure, Is.EqualTo("The program threw InvalidOperationException: not the learner's"));
    }

    [Test]
    public void A_program_that_throws_one_of_NUnits_result_exceptions_fails_and_says_so()
    {
        var exploration = Exploration.Run(() => throw new SuccessException("forged"), _ => { });

        Assert.That(exploration.Failure, Does.StartWith("The code threw SuccessException, one of NUnit's own result exceptions."));
    }

    [Test]
    public void What_an_exploration_saw_crosses_as_data_and_is_judged_as_where_it_ran()
    {
        static void ALinesFirst(Observation seen) => Expectation.That(seen.Lines[0].Thread == "A", "B printed first", line: 0);
        var recorded = Exploration.Record(Exploration.Returning(() => Run(new Probe("A", 1), new Probe("B", 1))));

        var here = Exploration.Judge(recorded, [ALinesFirst])[0];
        var apart = Exploration.Judge(Explored.FromJson(recorded.ToJson()), [ALinesFirst])[0];

        Assert.That(recorded.Runs, Has.Count.EqualTo(Exploration.Iterations), "a subject records every interleaving: the judge decides");
        Assert.That((apart.Failure, apart.Explored, apart.MarkedLine, apart.ReplaySeed), Is.EqualTo((here.Failure, here.Explored, here.MarkedLine, here.ReplaySeed)));
        Assert.That(apart.Events, Is.EqualTo(here.Events));
        Assert.That(apart.Failure, Is.EqualTo("B printed first"));
    }

    [Test]
    public void Sleeps_are_scheduling_points_so_both_orders_of_two_threads_are_explored()
    {
        var firsts = new HashSet<string>();

        Exploration.Run(() => Run(new Probe("A", 1), new Probe("B", 1)), world => firsts.Add(world.Lines[0].Thread));

        Assert.That(firsts, Is.EquivalentTo(new[] { "A", "B" }));
    }

    [Test]
    public void One_exploration_checks_several_properties_and_each_breaks_on_its_own()
    {
        var results = Exploration.RunAll(() => Run(new Probe("A", 1)), [_ => Expectation.That(true, ""), _ => Expectation.That(false, "never holds")]);

        Assert.That(results.Select(result => result.Failure), Is.EqualTo(new[] { null, "never holds" }));
        Assert.That(results.Select(result => result.Explored), Is.EqualTo(new[] { (int)Exploration.Iterations, 1 }));
    }

    [Test]
    public void A_failure_is_described_with_its_picture_its_lesson_and_its_replay_line()
    {
        // Broken in the first interleaving only: a failure that depends on the order is drawn and replayed.
        var runs = 0;
        var exploration = Exploration.Run(() =>
        {
            Run(new Probe("A", 1));
            return $"{runs++}";
        }, seen => Expectation.That(seen.Returned != "0", "A must not print", line: 0));

        Assert.That(exploration.Describe("Lesson: docs/en/x.md#y", "Spec_name"), Is.EqualTo(
            "A must not print" + Environment.NewLine +
            "Lesson: docs/en/x.md#y" + Environment.NewLine +
            Environment.NewLine +
            $"It broke in interleaving 1 of the 100 Coyote explores (seed {Exploration.DefaultSeed}). The lines in the order printed, one column per thread, time on each thread's own clock:" + Environment.NewLine +
            "  time   main  A" + Environment.NewLine +
            "> +1s          A 1" + Environment.NewLine +
            Environment.NewLine +
            "Replay exactly this interleaving (after changing the code, leave out --no-build):" + Environment.NewLine +
            $"  KATA_SEED={Exploration.DefaultSeed} dotnet test --no-build --filter \"Name~Spec_name\"" + Environment.NewLine));
    }

    [Test]
    public void A_long_picture_is_cut_after_its_marked_row_and_a_replay_draws_it_whole()
    {
        IReadOnlyList<WorldEvent> lines = [.. Enumerable.Range(1, 10).Select(second => new PrintedLine(TimeSpan.FromSeconds(second), "A", $"A {second}"))];

        var cut = Interleaving.Draw(lines, markedLine: 1, markedAccess: null, whole: false).Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        var whole = Interleaving.Draw(lines, markedLine: 1, markedAccess: null).Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

        Assert.That(cut.Where(row => row.Contains("A ", StringComparison.Ordinal)).Select(row => row[(row.IndexOf("A ", StringComparison.Ordinal) + 2)..]),
            Is.EqualTo(new[] { "1", "2", "3", "4", "5", "9", "10" }), "the marked row, three after it, and the last two");
        Assert.That(cut[6], Is.EqualTo("  … 3 rows left out here; the replay line below draws the whole interleaving."));
        Assert.That(whole, Has.Length.EqualTo(11), "the header and every row");
    }

    [Test]
    public void A_failure_in_every_interleaving_says_so_with_no_picture_and_no_replay_line()
    {
        var exploration = Exploration.Run(() => Run(new Probe("A", 1)), world =>
            Expectation.That(false, "A must not print", line: 0), sameEverywhere: true);

        Assert.That(exploration.BrokeInAll, Is.EqualTo((int)Exploration.Iterations));
        Assert.That(exploration.Describe("Lesson: docs/en/x.md#y", "Spec_name"), Is.EqualTo(
            "A must not print" + Environment.NewLine +
            "Lesson: docs/en/x.md#y" + Environment.NewLine +
            Environment.NewLine +
            $"It broke the same way in all 100 interleavings Coyote explored (seed {Exploration.DefaultSeed}): the order of the threads is not the cause, so no interleaving is drawn or replayed." + Environment.NewLine));
    }

    [Test]
    public void A_deadlock_links_the_deadlock_section_and_shows_none_of_Coyotes_own_words()
    {
        var exploration = Exploration.Run(BrokenCode.JoinEachOther, _ => { });

        Assert.That(exploration.Section, Is.EqualTo("deadlock"));
        Assert.That(exploration.Failure, Does.Not.Contain("Op(").And.Not.Contain("Deadlock detected").And.Not.Contain("Coyote:"));
    }

    [Test]
    public void Threads_that_join_each_other_are_reported_as_waiting_forever()
    {
        var exploration = Exploration.Run(BrokenCode.JoinEachOther, _ => { });

        Assert.That(exploration.Failure, Does.StartWith("The threads wait forever and none can go on"));
    }

    [Test]
    public void Threads_that_never_end_are_stopped_at_the_step_bound()
    {
        // Two, so that each waits for the other's turn: one thread alone runs ahead without a scheduling step until its virtual hour is up.
        var exploration = Exploration.Run(() => Run(new Probe("A", int.MaxValue), new Probe("B", int.MaxValue)), _ => { });

        Assert.That(exploration.Failure, Does.StartWith($"The threads never finish: after {Exploration.MaxSteps} scheduling steps"));
    }

    [Test]
    public void An_exception_on_a_thread_fails_the_run_with_the_threads_name()
    {
        var exploration = Exploration.Run(() => Run(new Probe("A", 1, () => throw new FormatException("bad"))), _ => { });

        Assert.That(exploration.Failure, Is.EqualTo("Thread 'A' ended with FormatException: bad"));
    }

    private static void SumAsyncOfNoName() => World.Current.Run(() => Kata.Exercises.AsyncSum.SumAsync(null!, 1, 5));

    private static void Run(params Probe[] probes)
    {
        foreach (var probe in probes)
        {
            probe.Start();
        }

        foreach (var probe in probes)
        {
            probe.Join();
        }
    }

    /// <summary>Sleeps one second per step and prints "NAME step" after each, then runs <c>then</c>.</summary>
    private sealed class Probe(string name, int steps, Action? then = null) : KataThread(name)
    {
        protected override void Run()
        {
            for (var step = 1; step <= steps; step++)
            {
                Clock.Sleep(TimeSpan.FromSeconds(1));
                Output.Print($"{Name} {step}");
            }

            then?.Invoke();
        }
    }
}
