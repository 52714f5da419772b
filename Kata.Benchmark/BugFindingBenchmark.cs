using System.Diagnostics;
using System.Globalization;
using Kata.Tests.Mistakes;
using Kata.Tests.Support.Systematic;

namespace Kata.Benchmark;

/// <summary>
/// How fast Coyote finds each mistake of the zoo: 20 widely spaced seeds per mistake (iteration k
/// of seed s uses seed s + k, so near seeds would explore shifted copies of the same schedules), under
/// each of Coyote's strategies, then how rarely a naive stress test on real threads sees exercise 04's race.
/// Run with <c>dotnet run --project Kata.Benchmark</c>; exits 1 unless the specs' strategy finds every mistake
/// under every seed within the specs' iteration budget.
/// </summary>
public static class BugFindingBenchmark
{
    public const int SeedCount = 20;
    public const uint SeedSpacing = 104_729;

    /// <summary>The zoo's name of the race the lesson compares with a stress test.</summary>
    public const string BareRace = "total += i after the sleep, without a lock";

    public static int Run()
    {
        var seeds = Enumerable.Range(0, SeedCount).Select(i => Exploration.DefaultSeed + (uint)i * SeedSpacing).ToList();
        Console.WriteLine($"Coyote bug-finding benchmark: {SeedCount} seeds ({seeds[0]} + k * {SeedSpacing}), budget {Exploration.Iterations} interleavings per seed.");
        Console.WriteLine($"Each cell: seeds that found the mistake, worst iteration (median). The specs use {Strategy.Random}.");
        Console.WriteLine();
        Console.WriteLine($"| mistake | {string.Join(" | ", Strategy.All)} |");
        Console.WriteLine($"|---|{string.Concat(Strategy.All.Select(_ => "---|"))}");

        var everyFound = true;
        var byRandom = new Dictionary<string, List<int>>();
        var wall = Strategy.All.ToDictionary(strategy => strategy, _ => 0L);
        foreach (var mistake in Mistake.Zoo)
        {
            var cells = new List<string>();
            foreach (var strategy in Strategy.All)
            {
                var clock = Stopwatch.StartNew();
                var found = seeds.Select(seed => Exploration.Run(mistake.Program, mistake.Check, seed, strategy: strategy))
                    .Where(exploration => exploration.Failure?.Contains(mistake.Says, StringComparison.Ordinal) == true)
                    .Select(exploration => exploration.Explored)
                    .Order()
                    .ToList();
                wall[strategy] += clock.ElapsedMilliseconds;
                if (strategy == Strategy.Random)
                {
                    everyFound &= found.Count == SeedCount;
                    byRandom[mistake.Name] = found;
                }

                cells.Add(found.Count > 0
                    ? string.Create(CultureInfo.InvariantCulture, $"{found.Count}/{SeedCount}, {found[^1]} ({found[found.Count / 2]})")
                    : $"0/{SeedCount}");
            }

            Console.WriteLine($"| {mistake.Name} | {string.Join(" | ", cells)} |");
        }

        Console.WriteLine($"| wall ms, all mistakes | {string.Join(" | ", Strategy.All.Select(strategy => wall[strategy]))} |");
        Console.WriteLine();
        Console.WriteLine(everyFound ? "every mistake found under every seed" : "SOME MISTAKE WAS MISSED under some seed");

        var bare = byRandom.GetValueOrDefault(BareRace) ?? [];
        Console.WriteLine();
        Console.WriteLine(bare.Count > 0
            ? string.Create(CultureInfo.InvariantCulture, $"Coyote ({Strategy.Random}) finds the bare race (\"{BareRace}\") under {bare.Count}/{SeedCount} seeds, in interleaving {bare[^1]} at worst (median {bare[bare.Count / 2]}).")
            : $"Coyote ({Strategy.Random}) never found the bare race (\"{BareRace}\").");
        Console.WriteLine();
        Console.WriteLine($"Stress test: exercise 04's unguarded step on real threads, {StressTest.Runs} runs each, as a naive test would run it.");
        Console.WriteLine();
        Console.WriteLine("| the step | runs that lost an update | wall ms |");
        Console.WriteLine("|---|---|---|");
        foreach (var (wait, lost, wallMs) in StressTest.Run())
        {
            Console.WriteLine($"| {wait} | {lost}/{StressTest.Runs} | {wallMs} |");
        }

        return everyFound ? 0 : 1;
    }
}
