using Kata.Machinery;
using Kata.Tests.Support;
using Kata.Tests.Support.Containment;
using Kata.Tests.Support.Judging;
using Kata.Tests.Support.Systematic;

namespace Kata.Tests.Machinery;

[TestFixture]
[Category("machinery")]
public sealed class SubjectSpecs
{
    [Test]
    public void A_watch_child_reports_every_spec_of_each_exercise_it_is_given_by_the_name_the_watch_knows()
    {
        var exercise = Manifest.Exercises[0];

        using var child = new SpecChild(typeof(Subjects).Assembly.Location, SpecChild.WatchFlag);

        var first = child.Run(exercise.Id, Subjects.Watch);
        var again = child.Run(exercise.Id, Subjects.Watch);

        Assert.That((first.Crash, child.Alive), Is.EqualTo(((Crash?)null, true)), "one child serves one exercise after another");
        Assert.That(first.Results.Select(result => result.Name), Is.EquivalentTo(exercise.Specs.Keys));
        Assert.That(again.Results.Select(result => result.Name), Is.EquivalentTo(exercise.Specs.Keys));
    }

    [Test]
    public void A_cancelled_run_ends_its_child_and_reports_no_crash()
    {
        using var child = new SpecChild(typeof(Subjects).Assembly.Location, SpecChild.WatchFlag);

        var run = child.Run(Manifest.Exercises[0].Id, Subjects.Watch, new CancellationToken(canceled: true));

        Assert.That((run.Crash, run.Stalled, child.Alive), Is.EqualTo(((Crash?)null, false, false)));
    }

    [Test]
    public void A_subject_answers_an_act_with_what_the_code_did_as_data()
    {
        using var child = new SpecChild(typeof(Subjects).Assembly.Location, SpecChild.SubjectFlag);

        var (answer, crash, _) = child.Ask(Acts.Request(typeof(SubjectSpecs), nameof(PrintsTwoLines), ["B", 2L]), Acts.Answered, Subjects.Watch);

        Assert.That(crash, Is.Null);
        var seen = Observation.FromJson(answer!);
        Assert.That((seen.Ending, seen.Returned, seen.Threw), Is.EqualTo((ProcessorWatch.Ending.Returned, "42", (Thrown?)null)));
        Assert.That(seen.Lines, Is.EqualTo(new PrintedLine[] { new(TimeSpan.Zero, VirtualWorld.MainThread, "B"), new(TimeSpan.FromSeconds(2), VirtualWorld.MainThread, "B") }));
        Assert.That(seen.Elapsed, Is.EqualTo(TimeSpan.FromSeconds(2)));
    }

    [Test]
    public void An_act_that_ends_its_subject_is_a_crash_and_the_subject_is_gone()
    {
        using var child = new SpecChild(typeof(Subjects).Assembly.Location, SpecChild.SubjectFlag);

        var (answer, crash, stalled) = child.Ask(Acts.Request(typeof(SubjectSpecs), nameof(Exits), []), Acts.Answered, Subjects.Watch);

        Assert.That((answer, crash?.Kind, crash?.Detail, stalled, child.Alive), Is.EqualTo(((string?)null, CrashKind.Exit, "3", false, false)));
    }

    [Test]
    public void A_subject_explores_a_program_it_is_asked_for_and_sends_every_interleaving_as_data()
    {
        using var child = new SpecChild(typeof(Subjects).Assembly.Location, SpecChild.SubjectFlag);

        var (answer, crash, _) = child.Ask(Explorations.Request(TwoThreadsPrint, 7, 3), Explorations.Answered, Subjects.Watch);

        Assert.That(crash, Is.Null);
        var explored = Explored.FromJson(answer!);
        Assert.That((explored.Seed, explored.Planned, explored.Runs.Count, explored.Found), Is.EqualTo((7u, 3u, 3, (Explored.Finding?)null)));
        Assert.That(explored.Runs.Select(run => run.Transcript.Order()), Has.All.EqualTo(new[] { "A", "B" }));
        Assert.That(explored.Runs.Select(run => run.Returned), Has.All.EqualTo("done"));
    }

    /// <summary>A program to explore: threads A and B print their names; it returns "done".</summary>
    private static string TwoThreadsPrint()
    {
        var threads = new[] { "A", "B" }.Select(name => new Worker(name, () => Output.Print(name))).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());
        return "done";
    }

    /// <summary>An act: prints <paramref name="line"/>, sleeps <paramref name="seconds"/> of virtual time, prints it again, returns 42.</summary>
    internal static Observation PrintsTwoLines(string line, long seconds) => Learner.Observe(() =>
    {
        Output.Print(line);
        Clock.Sleep(TimeSpan.FromSeconds(seconds));
        Output.Print(line);
        return 42;
    }, answer => answer.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>An act whose code ends its process, as a learner's Environment.Exit(3) would.</summary>
    internal static Observation Exits() => Learner.Observe(() =>
    {
        Environment.Exit(3);
        return true;
    }, _ => null);
}
