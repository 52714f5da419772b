using Kata.Machinery;
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
        Assert.That(exploration.Describe("Lesson: …", "Spec"), Does.Contain($"{Exploration.SeedVariable}={exploration.ReplaySeed} dotnet test"));
    }

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

        static void AFirst(VirtualWorld world) => Expectation.That(world.Lines[0].Thread == "A", "B printed first");

        var late = Enumerable.Range(0, 20)
            .Select(k => Exploration.Run(TwoAtOnce, AFirst, Exploration.DefaultSeed + (uint)k * 7_919))
            .First(found => found.Failure is not null && found.Explored > 1);
        var replay = Exploration.Run(TwoAtOnce, AFirst, late.ReplaySeed, iterations: 1);

        Assert.That(replay.Failure, Is.EqualTo(late.Failure));
        Assert.That(replay.Lines, Is.EqualTo(late.Lines));
    }
}
