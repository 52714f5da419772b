using System.Collections.Concurrent;
using System.Globalization;
using Kata.Tests.Support.Systematic;

namespace Kata.Tests.Support.Containment;

/// <summary>
/// Runs a program in a child process first, for what no in-process guard can stop: a stack overflow,
/// <c>Environment.Exit</c> or <c>FailFast</c> end the whole test host, and a loop that never sleeps keeps
/// a core busy until the host ends. Anything else (exceptions, endless loops with sleeps, threads
/// waiting for each other) is left to the in-process specs, which say more about it.
/// It runs only where the specs run in this process (under a debugger): elsewhere subjects run them. One child (a
/// <see cref="SpecChild"/> asked <c>probe &lt;exercise&gt;</c>) serves the run, and a new one follows a crash.
/// </summary>
internal static class CrashProbe
{
    /// <summary>
    /// The child's processor time per exercise before it counts as a busy spin. Measured on the reference solutions
    /// (2 cores, 2026-12-02): exercise 05 ≈ 2.1 s (10,000 sums at once, run by its program and its specs, and the
    /// runtime's start when it comes first), 04 ≤ 0.8 s, the others ≤ 0.3 s.
    /// </summary>
    public static readonly TimeSpan ProcessorBudget = TimeSpan.FromSeconds(25);

    /// <summary>Real time the child may use no processor before it counts as waiting (for the in-process specs to explain).</summary>
    public static readonly TimeSpan Backstop = TimeSpan.FromSeconds(10);

    public static ProcessorWatch Watch { get; } = new(ProcessorBudget, Backstop);

    private static readonly ConcurrentDictionary<string, Lazy<Crash?>> Probed = new();
    private static readonly Lock Gate = new();
    private static SpecChild? child;

    /// <summary>Fails the calling fixture's setup, and so each of its specs, if the program crashes its process.</summary>
    public static void Ensure(string exerciseId)
    {
        if (Settings.Contained)
        {
            return;
        }

        var crash = Probed.GetOrAdd(exerciseId, id => new(() => Probe(id))).Value;
        if (crash is not null)
        {
            Assert.Fail(crash.Describe(Manifest.Find(exerciseId)));
        }
    }

    /// <summary>Runs <paramref name="subject"/> (an exercise id or a broken program) alone in a child process.</summary>
    internal static Crash? Run(string subject, ProcessorWatch watch)
    {
        using var alone = Child();
        return Probe(alone, subject, watch);
    }

    /// <summary>Ends the run's child.</summary>
    public static void Stop()
    {
        lock (Gate)
        {
            child?.Dispose();
            child = null;
        }
    }

    /// <summary>Probes <paramref name="id"/> in the run's child, which a crash ends: the next exercise then gets a new one.</summary>
    private static Crash? Probe(string id)
    {
        lock (Gate)
        {
            if (child is not { Alive: true })
            {
                child?.Dispose();
                child = Child();
            }

            return Probe(child, id, Watch);
        }
    }

    /// <summary>What probing <paramref name="subject"/> found: how it crashed its process, or null. A child that only waits did not crash: the in-process specs explain it better.</summary>
    internal static Crash? Probe(SpecChild probing, string subject, ProcessorWatch watch) =>
        probing.Ask(ProbeHost.Asked + subject, ProbeHost.Answered, watch).Crash;

    /// <summary>One interleaving per exploration is enough to see a crash: the in-process specs explore the rest.</summary>
    internal static SpecChild Child() =>
        new(typeof(CrashProbe).Assembly.Location, SpecChild.SubjectFlag, (Variables.Seed, Exploration.DefaultSeed.ToString(CultureInfo.InvariantCulture)));
}
