using System.Collections.Concurrent;
using System.Diagnostics;
using Kata.Tests.Support.Systematic;

namespace Kata.Tests.Support.Containment;

/// <summary>
/// Runs a program in a child process first, for what no in-process guard can stop: a stack overflow,
/// <c>Environment.Exit</c> or <c>FailFast</c> end the whole test host, and a loop that never sleeps keeps
/// a core busy until the host ends. Anything else (exceptions, endless loops with sleeps, threads
/// waiting for each other) is left to the in-process specs, which say more about it.
/// One child serves the whole run: the first fixture to ask starts it on its exercise and then every other,
/// so the others are probed while the first one's specs run.
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
    private static ProbeChild? child;

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
        using var alone = new ProbeChild([subject], watch);
        return alone.ResultOf(subject).Crash;
    }

    /// <summary>Ends the run's child, if it is still probing exercises no fixture asked for (a filtered run).</summary>
    public static void Stop()
    {
        lock (Gate)
        {
            child?.Dispose();
            child = null;
        }
    }

    private static Crash? Probe(string id)
    {
        while (true)
        {
            ProbeChild current;
            lock (Gate)
            {
                if (child is null || !child.Probes(id))
                {
                    child?.Dispose();
                    // This exercise first, then the rest in manifest order: fixtures do not run in the manifest's order.
                    var ids = Manifest.Exercises.Select(exercise => exercise.Id).ToList();
                    var at = ids.IndexOf(id);
                    child = new ProbeChild([.. ids.Skip(at), .. ids.Take(at)], Watch);
                }

                current = child;
            }

            // An exercise before this one ended the child: this one was never reached, so a child of its own probes it.
            if (current.ResultOf(id) is { Reached: true } result)
            {
                return result.Crash;
            }
        }
    }
}
