using System.Diagnostics;
using System.Globalization;
using Kata.Tests.Mistakes;
using Kata.Tests.Support.Systematic;

namespace Kata.Tests.Benchmark;

/// <summary>
/// How fast Coyote finds each mistake of the zoo: 20 widely spaced seeds per mistake (iteration k
/// of seed s uses seed s + k, so near seeds would explore shifted copies of the same schedules).
/// Run with <c>dotnet run --project Kata.Tests</c>; exits 1 unless every mistake is found under every
/// seed within the specs' iteration budget.
/// </summary>
public static class BugFindingBenchmark
{
    public const int SeedCount = 20;
    public const uint SeedSpacing = 104_729;

    public static int Run()
    {
        var seeds = Enumerable.Range(0, SeedCount).Select(i => Exploration.DefaultSeed + (uint)i * SeedSpacing).ToList();
        Console.WriteLine($"Coyote bug-finding benchmark: {SeedCount} seeds ({seeds[0]} + k * {SeedSpacing}), budget {Exploration.Iterations} interleavings per seed");
        Console.WriteLine();
        Console.WriteLine("| mistake | needs an interleaving | seeds that found it | worst iteration | median iteration | wall ms |");
        Console.WriteLine("|---|---|---|---|---|---|");

        var everyFound = true;
        foreach (var mistake in Mistake.Zoo)
        {
            var clock = Stopwatch.StartNew();
            var found = seeds.Select(seed => Exploration.Run(mistake.Program, mistake.Check, seed))
                .Where(exploration => exploration.Failure?.Contains(mistake.Says, StringComparison.Ordinal) == true)
                .Select(exploration => exploration.Explored)
                .Order()
                .ToList();
            clock.Stop();

            everyFound &= found.Count == SeedCount;
            var worst = found.Count > 0 ? found[^1].ToString(CultureInfo.InvariantCulture) : "-";
            var median = found.Count > 0 ? found[found.Count / 2].ToString(CultureInfo.InvariantCulture) : "-";
            Console.WriteLine($"| {mistake.Name} | {(mistake.NeedsInterleaving ? "yes" : "no")} | {found.Count}/{SeedCount} | {worst} | {median} | {clock.ElapsedMilliseconds} |");
        }

        Console.WriteLine();
        Console.WriteLine(everyFound ? "every mistake found under every seed" : "SOME MISTAKE WAS MISSED under some seed");
        return everyFound ? 0 : 1;
    }
}
