using Kata.Machinery;
using Kata.Tests.Support.Containment;
using Kata.Tests.Support.Judging;

namespace Kata.Tests.Support.Systematic;

/// <summary>
/// One exploration of a program shared by the specs that check it: the interleavings are explored once
/// (the first time a spec asks) and every check runs on each of them, so seven specs of one program cost
/// one exploration, not seven. Each spec still fails on its own, with its own interleaving and replay line.
/// Keep it in an instance field of the fixture (NUnit makes one instance per run of the fixture): a static
/// one would outlive the run, and a mutation tester that runs many mutants in one process would read the
/// first mutant's results for all of them.
/// </summary>
internal sealed class SharedExploration(Action program, params IReadOnlyList<Action<Observation>> checks)
{
    private readonly Lazy<IReadOnlyList<Exploration>> explored =
        new(() => Exploration.Explore(seed => Exploration.Judge(Explorations.Record(program, seed.First, seed.Iterations), checks, sameEverywhere: true)));

    public void Verify(Action<Observation> check, LessonLink lesson) => Exploration.Report(Of(check), lesson);

    /// <summary>What exploring the program found for <paramref name="check"/>: the first interleaving that broke it, if any.</summary>
    public Exploration Of(Action<Observation> check)
    {
        var index = checks.ToList().IndexOf(check);
        if (index < 0)
        {
            throw new ArgumentException($"{check.Method.Name} is not one of the checks this exploration runs.", nameof(check));
        }

        // Where the program runs in this process (mutation testing), each spec also runs it, over the first interleaving, so
        // per-test coverage (Stryker's) sees every spec run it, not only the first. The exploration starts with that same
        // interleaving, so it reports it.
        if (!Subjects.Enabled)
        {
            _ = Exploration.Explore(seed => Exploration.Run(program, check, seed.First, iterations: 1));
        }

        return explored.Value[index];
    }
}
