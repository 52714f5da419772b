using Kata.Machinery;
using Kata.Tests.Support;
using Kata.Tests.Support.Judging;
using Kata.Tests.Support.Systematic;

namespace Kata.Tests.Mistakes;

/// <summary>The kata's specs catch each classic mistake, in words a learner understands, and the failure replays.</summary>
[TestFixture]
[Category("machinery")]
[EnglishMessages]
public sealed class MistakeZooSpecs
{
    private static IEnumerable<TestCaseData> Zoo() =>
        Mistake.Zoo.Select(mistake => new TestCaseData(mistake).SetArgDisplayNames(mistake.Name));

    [TestCaseSource(nameof(Zoo))]
    public void The_specs_catch_the_mistake_with_the_intended_message(Mistake mistake)
    {
        var exploration = Exploration.Run(mistake.Program, mistake.Check);

        Assert.That(exploration.Failure, Does.Contain(mistake.Says));
        Assert.That(Anchor(mistake, exploration), Is.EqualTo(mistake.Anchor), "the lesson section the failure links");
        Assert.That(exploration.Failure, Does.Not.Contain("Op(").And.Not.Contain("Coyote:").And.Not.Contain("Deadlock detected"), "no words of Coyote's own");
        Assert.That(exploration.Describe("Lesson: …", "Spec"), exploration.BrokeInAll is null
            ? Does.Contain($"{Variables.Seed}={exploration.ReplaySeed} dotnet test")
            : Does.Contain($"in all {exploration.BrokeInAll} interleavings").And.Not.Contain(Variables.Seed));
    }

    /// <summary>The section the spec's lesson link names for this failure: the failure's own, where the lesson has it, else the spec's.</summary>
    private static string Anchor(Mistake mistake, Exploration exploration) =>
        new Lesson(mistake.Exercise).At(mistake.SpecSection).Or(exploration.Section).Section;

    [TestCaseSource(nameof(Zoo))]
    public void Its_replay_seed_reproduces_the_same_interleaving_in_one_run(Mistake mistake)
    {
        var found = Exploration.Run(mistake.Program, mistake.Check);

        var replay = Exploration.Run(mistake.Program, mistake.Check, found.ReplaySeed, iterations: 1);

        Assert.That(found.ReplaySeed, Is.EqualTo(Exploration.DefaultSeed + (uint)found.Explored - 1));
        Assert.That(replay.Explored, Is.EqualTo(1));
        Assert.That(replay.Failure, Is.EqualTo(found.Failure));
        Assert.That(replay.Lines, Is.EqualTo(found.Lines));
    }

    [TestCaseSource(nameof(Zoo))]
    public void The_spec_the_zoo_names_is_the_first_in_the_points_table_to_fail(Mistake mistake)
    {
        Assert.That(Manifest.Find(mistake.Exercise).Specs.Keys, Does.Contain(mistake.Spec));
        if (mistake.SpecsInOrder is { } specs)
        {
            var explored = Exploration.RunAll(mistake.Program, [.. specs.Select(spec => spec.Check)]);
            var first = explored.ToList().FindIndex(exploration => exploration.Failure is not null);

            Assert.That(first < 0 ? "(none fails)" : specs[first].Spec, Is.EqualTo(mistake.Spec));
            Assert.That(specs[first].Check, Is.EqualTo(mistake.Check), "the zoo's check is that spec's check");
        }
    }

    [Test]
    public void The_maintainers_guide_lists_each_mistake_with_its_first_failing_spec_and_words()
    {
        Generated.Check(Guide, Table(), nameof(The_maintainers_guide_lists_each_mistake_with_its_first_failing_spec_and_words));
    }

    private static readonly GeneratedPart Guide =
        new("docs/en/maintainers.md", "<!-- mistakes: generated from Kata.Tests/Mistakes/Mistake.cs -->", "<!-- mistakes: end -->");

    /// <summary>Each mistake, its first failing spec, the first line of that spec's message (cut at 160 characters) and the section its link names.</summary>
    private static string Table() => string.Join("\n",
    [
        "| mistake | exercise | first failing spec | first line of its message | lesson section |",
        "|---|---|---|---|---|",
        .. Mistake.Zoo.Select(mistake =>
        {
            var exploration = Exploration.Run(mistake.Program, mistake.Check);
            var message = exploration.Failure?.Split('\n')[0].Trim() ?? "(passes)";
            message = message.Length <= 160 ? message : message[..159] + "…";
            return $"| {mistake.Name} | {mistake.Exercise} | `{mistake.Spec}` | {message.Replace("|", "\\|", StringComparison.Ordinal)} | `#{Anchor(mistake, exploration)}` |";
        }),
    ]);

    [Test]
    public void A_failure_found_after_the_first_interleaving_replays_from_its_seed_in_one_run()
    {
        // Two threads print at the same virtual moment, and the check wants one order: only some interleavings break it.
        static void TwoAtOnce()
        {
            var (a, b) = (new ZooSumThread("A", 1, 2), new ZooSumThread("B", 1, 2));
            a.Start();
            b.Start();
            a.Join();
            b.Join();
        }

        static void AFirst(Observation seen) => Expectation.That(seen.Lines[0].Thread == "A", "B printed first");

        var late = Enumerable.Range(0, 20)
            .Select(k => Exploration.Run(TwoAtOnce, AFirst, Exploration.DefaultSeed + (uint)k * 7_919))
            .First(found => found.Failure is not null && found.Explored > 1);
        var replay = Exploration.Run(TwoAtOnce, AFirst, late.ReplaySeed, iterations: 1);

        Assert.That(replay.Failure, Is.EqualTo(late.Failure));
        Assert.That(replay.Lines, Is.EqualTo(late.Lines));
    }
}
