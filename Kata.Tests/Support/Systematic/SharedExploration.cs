using Kata.Machinery;

namespace Kata.Tests.Support.Systematic;

/// <summary>
/// One exploration of a program shared by the specs that check it: the interleavings are explored once
/// (the first time a spec asks) and every check runs on each of them, so seven specs of one program cost
/// one exploration, not seven. Each spec still fails on its own, with its own interleaving and replay line.
/// </summary>
public sealed class SharedExploration(Action program, params IReadOnlyList<Action<VirtualWorld>> checks)
{
    private readonly Lazy<IReadOnlyList<Exploration>> explored =
        new(() => Exploration.Explore(seed => Exploration.RunAll(program, checks, seed.First, seed.Iterations)));

    public void Verify(Action<VirtualWorld> check, string lesson)
    {
        var index = checks.ToList().IndexOf(check);
        if (index < 0)
        {
            throw new ArgumentException($"{check.Method.Name} is not one of the checks this exploration runs.", nameof(check));
        }

        Exploration.Report(explored.Value[index], lesson);
    }
}
