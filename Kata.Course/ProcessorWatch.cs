using System.Diagnostics;

namespace Kata;

/// <summary>
/// Waits for learner code by the units load does not change: it has spun when its threads used
/// <paramref name="budget"/> of processor time, and it waits for something the kata cannot see when its threads used
/// none for <paramref name="backstop"/> of real time (which decides nothing about the code, only that waiting longer is useless).
/// </summary>
public sealed class ProcessorWatch(TimeSpan budget, TimeSpan backstop)
{
    /// <summary>How often the watch looks; a spin is seen within this much of using its budget.</summary>
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    /// <summary>Processor time that counts as running: below it over the backstop, the threads only waited.</summary>
    private static readonly TimeSpan Running = TimeSpan.FromMilliseconds(20);

    public TimeSpan Budget => budget;

    public TimeSpan Backstop => backstop;

    /// <summary>
    /// Waits until <paramref name="ended"/> says the code is done (given a wait of at most the poll), or the code spun or
    /// stalled by the processor time <paramref name="used"/> reports (the threads it started, or a child process's).
    /// </summary>
    public Outcome Wait(Func<TimeSpan> used, Func<TimeSpan, bool> ended)
    {
        var quiet = Stopwatch.StartNew();
        var seen = TimeSpan.Zero;
        var peak = TimeSpan.Zero;
        while (!ended(Poll))
        {
            var now = used();
            if (now >= budget)
            {
                return new Outcome(Ending.Spun, now);
            }

            peak = now > peak ? now : peak;
            if (now - seen >= Running)
            {
                seen = now;
                quiet.Restart();
            }
            else if (quiet.Elapsed >= backstop)
            {
                return new Outcome(Ending.Stalled, now);
            }
        }

        // Threads that ended took their processor time with them: what was last seen is what is known.
        return new Outcome(Ending.Returned, peak);
    }

    public enum Ending
    {
        Returned,
        Spun,
        Stalled,
    }

    public sealed record Outcome(Ending Ending, TimeSpan ProcessorTime);
}
