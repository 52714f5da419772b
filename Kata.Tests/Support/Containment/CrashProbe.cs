using System.Collections.Concurrent;
using System.Diagnostics;
using Kata.Tests.Support.Systematic;

namespace Kata.Tests.Support.Containment;

/// <summary>
/// Runs a program in a child process first, for what no in-process guard can stop: a stack overflow,
/// <c>Environment.Exit</c> or <c>FailFast</c> end the whole test host, and a loop that never sleeps keeps
/// a core busy until the host ends. Anything else (exceptions, endless loops with sleeps, threads
/// waiting for each other) is left to the in-process specs, which say more about it.
/// </summary>
public static class CrashProbe
{
    /// <summary>Every kata program ends in milliseconds on virtual time; the child gets this much real time.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    private static readonly ConcurrentDictionary<string, Lazy<Crash?>> Probed = new();

    /// <summary>Set in a process that is itself the containment (the watch loop's child): no probe runs there.</summary>
    public const string ContainedVariable = "KATA_CONTAINED";

    /// <summary>Fails the calling fixture's setup, and so each of its specs, if the program crashes its process.</summary>
    public static void Ensure(string exerciseId)
    {
        if (Environment.GetEnvironmentVariable(ContainedVariable) == "1")
        {
            return;
        }

        var crash = Probed.GetOrAdd(exerciseId, id => new(() => Run(id, Limit))).Value;
        if (crash is not null)
        {
            Assert.Fail(crash.Describe(Manifest.Find(exerciseId)));
        }
    }

    /// <summary>Runs <paramref name="subject"/> (an exercise id or a broken program) in a child process.</summary>
    public static Crash? Run(string subject, TimeSpan limit)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { typeof(CrashProbe).Assembly.Location, ProbeHost.Flag, subject })
        {
            start.ArgumentList.Add(argument);
        }

        // One interleaving per exploration is enough to see a crash: the in-process specs explore the rest.
        start.Environment.TryAdd(Exploration.SeedVariable, Exploration.DefaultSeed.ToString(System.Globalization.CultureInfo.InvariantCulture));

        using var child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var output = child.StandardOutput.ReadToEndAsync();
        var errors = child.StandardError.ReadToEndAsync();
        var clock = Stopwatch.StartNew();
        if (!child.WaitForExit(limit))
        {
            var busy = child.TotalProcessorTime;
            var waited = clock.Elapsed;
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
            // Threads that wait for each other forever use no processor: the in-process specs explain that better.
            return busy >= waited / 2 ? new Crash(CrashKind.BusySpin, limit, "") : null;
        }

        child.WaitForExit();
        return output.Result.Contains(ProbeHost.Finished, StringComparison.Ordinal) ? null : Crash.Classify(child.ExitCode, errors.Result);
    }
}
