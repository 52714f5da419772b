using System.Diagnostics;
using System.Globalization;
using Kata.Tests.Support.Systematic;

namespace Kata.Tests.Support.Containment;

/// <summary>
/// One child process that runs <paramref name="subjects"/> in order (<see cref="ProbeHost"/>), each reported on
/// its own line. The subject it was running when it ended or stalled is the one that crashed; those after it are
/// not reached.
/// </summary>
internal sealed class ProbeChild : IDisposable
{
    private readonly IReadOnlyList<string> subjects;
    private readonly TimeSpan limit;
    private readonly Process process;
    private readonly Dictionary<string, ProbeResult> results = [];
    private readonly Thread watcher;

    public ProbeChild(IReadOnlyList<string> subjects, TimeSpan limit)
    {
        this.subjects = subjects;
        this.limit = limit;
        var start = TestsProcess.With(subjects.Prepend(ProbeHost.Flag));
        start.RedirectStandardError = true;

        // One interleaving per exploration is enough to see a crash: the in-process specs explore the rest.
        start.Environment.TryAdd(Exploration.SeedVariable, Exploration.DefaultSeed.ToString(CultureInfo.InvariantCulture));
        process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        watcher = new Thread(Watch) { IsBackground = true, Name = "crash probe" };
        watcher.Start();
    }

    public bool Probes(string subject)
    {
        lock (results)
        {
            return subjects.Contains(subject) && (!results.TryGetValue(subject, out var result) || result.Reached);
        }
    }

    /// <summary>Waits until <paramref name="subject"/> is probed, or known not to be reached.</summary>
    public ProbeResult ResultOf(string subject)
    {
        lock (results)
        {
            while (!results.ContainsKey(subject))
            {
                Monitor.Wait(results);
            }

            return results[subject];
        }
    }

    public void Dispose()
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already ended.
        }

        watcher.Join();
        process.Dispose();
    }

    private void Watch()
    {
        var errors = process.StandardError.ReadToEndAsync();
        var next = 0;
        var line = process.StandardOutput.ReadLineAsync();
        var clock = Stopwatch.StartNew();
        var busyBefore = TimeSpan.Zero;
        while (next < subjects.Count)
        {
            var left = limit - clock.Elapsed;
            if (left <= TimeSpan.Zero || !line.Wait(left))
            {
                // Threads that wait for each other forever use no processor: the in-process specs explain that better.
                var busy = Busy() - busyBefore;
                Kill();
                Settle(next, busy >= clock.Elapsed / 2 ? new Crash(CrashKind.BusySpin, limit, "") : null);
                return;
            }

            if (line.Result is null)
            {
                process.WaitForExit();
                Settle(next, Crash.Classify(process.ExitCode, errors.Result));
                return;
            }

            if (line.Result == ProbeHost.Finished(subjects[next]))
            {
                Settle(next, null, endsHere: false);
                next++;
                clock.Restart();
                busyBefore = Busy();
            }

            line = process.StandardOutput.ReadLineAsync();
        }
    }

    private TimeSpan Busy()
    {
        try
        {
            return process.TotalProcessorTime;
        }
        catch (InvalidOperationException)
        {
            return TimeSpan.Zero;
        }
    }

    private void Kill()
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // Already ended.
        }
    }

    /// <summary>Records subject <paramref name="index"/>'s result; when the child ends there, those after it are not reached.</summary>
    private void Settle(int index, Crash? crash, bool endsHere = true)
    {
        lock (results)
        {
            results[subjects[index]] = new ProbeResult(true, crash);
            if (endsHere)
            {
                foreach (var later in subjects.Skip(index + 1))
                {
                    results[later] = new ProbeResult(false, null);
                }
            }

            Monitor.PulseAll(results);
        }
    }
}

/// <summary>What probing one subject found: whether the child reached it, and how it crashed (null: it did not).</summary>
internal sealed record ProbeResult(bool Reached, Crash? Crash);
