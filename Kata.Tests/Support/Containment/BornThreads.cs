using System.ComponentModel;
using System.Diagnostics;

namespace Kata.Tests.Support.Containment;

/// <summary>
/// The processor time of the threads a learner's run started: every OS thread of this process that was not
/// there when the meter was made. A machine's load stretches real time but not processor time, and threads
/// left spinning by an earlier spec were already there, so neither is charged to this run.
/// </summary>
internal sealed class BornThreads
{
    private readonly HashSet<int> before = [.. Threads().Select(thread => thread.Id)];

    /// <summary>The processor time the threads born since the meter was made have used so far.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            var used = TimeSpan.Zero;
            foreach (var thread in Threads().Where(thread => !before.Contains(thread.Id)))
            {
                try
                {
                    used += thread.TotalProcessorTime;
                }
                catch (Exception exception) when (exception is InvalidOperationException or Win32Exception or NotSupportedException)
                {
                    // The thread ended between listing and reading: what it used is gone with it, and it no longer runs.
                }
            }

            return used;
        }
    }

    private static IEnumerable<ProcessThread> Threads()
    {
        using var self = Process.GetCurrentProcess();
        return [.. self.Threads.Cast<ProcessThread>()];
    }
}
