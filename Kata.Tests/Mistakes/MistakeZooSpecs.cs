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
    public void The_zoo_holds_a_failure_found_late_so_replay_is_proven_past_the_first_interleaving()
    {
        var forgottenJoin = Mistake.Zoo.Single(mistake => mistake.Program == BrokenPrograms.ForgottenJoin);

        Assert.That(Exploration.Run(forgottenJoin.Program, forgottenJoin.Check).Explored, Is.GreaterThan(1),
            "the replay proof needs a failure that the first interleaving misses");
    }
}
