using System.Diagnostics;
using System.Globalization;
using Kata.Tests.Support.Systematic;

namespace Kata.Tests.Support.Containment;

/// <summary>
/// One child process that runs <paramref name="subjects"/> in order (<see cref="ProbeHost"/>), each reported on
/// its own line. The subject it was running when it ended or spun is the one that crashed; those after it are
/// not reached. A subject spins when the child uses <paramref name="watch"/>'s budget of processor time on it;
/// a child that uses none for the watch's backstop only waits (threads waiting for each other), which is no crash:
/// the in-process specs explain it better.
/// </summary>
internal sealed class ProbeChild : IDisposable
{
    private readonly IReadOnlyList<string> subjects;
    private readonly ProcessorWatch watch;
    private readonly Process process;
    private readonly ChildProcessorTime busy;
    private readonly Dictionary<string, ProbeResult> results = [];
    private readonly Thread watcher;

    public ProbeChild(IReadOnlyList<string> subjects, ProcessorWatch watch)
    {
        this.subjects = subjects;
        this.watch = watch;
        var start = TestsProcess.With(subjects.Prepend(ProbeHost.Flag));
        start.RedirectStandardError = true;
        // The child is the containment: a judged exercise's acts run in it, not in subjects of its own.
        start.Environment[Variables.Contained] = "1";

        // One interleaving per exploration is enough to see a crash: the in-process specs explore the rest.
        start.Environment.TryAdd(Variables.Seed, Exploration.DefaultSeed.ToString(CultureInfo.InvariantCulture));
        process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        busy = new ChildProcessorTime(process);
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
        while (next < subjects.Count)
        {
            // The child's processor time, not the learner threads' alone: the parent cannot see into the child, and trusts nothing it says.
            var before = busy.Read();
            var outcome = watch.Wait(() => busy.Read() - before, poll => line.Wait(poll));
            // A child that ended as the watch gave up on it (its output closing late on a busy machine) ended: it did not stall.
            if (outcome.Ending != ProcessorWatch.Ending.Returned && !(outcome.Ending == ProcessorWatch.Ending.Stalled && line.IsCompleted))
            {
                Kill();
                Settle(next, outcome.Ending == ProcessorWatch.Ending.Spun ? new Crash(CrashKind.BusySpin, watch.Budget, "") : null);
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
            }

            line = process.StandardOutput.ReadLineAsync();
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
