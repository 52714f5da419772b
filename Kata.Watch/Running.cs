using System.Diagnostics;
using Kata.Text;

namespace Kata.Watch;

/// <summary>
/// The line the watch shows the moment it sees a save, "running NN-name… (saved 17:22:05)", with the seconds
/// counting up until the result replaces it: a learner never wonders whether the save was seen.
/// </summary>
internal sealed class Running : IDisposable
{
    private readonly TextWriter screen;
    private readonly string line;
    private readonly Stopwatch clock;
    private readonly Timer? ticker;

    private Running(TextWriter screen, string line, Stopwatch clock)
    {
        this.screen = screen;
        this.line = line;
        this.clock = clock;
        Write();
        // Only a terminal can rewrite its line; redirected output gets the line once.
        ticker = Console.IsOutputRedirected ? null : new Timer(_ => Write(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    public static Running Show(TextWriter screen, string exerciseId, DateTime saved, Stopwatch clock) =>
        new(screen, Language.Format(CourseMessages.WatchRunning, exerciseId, saved), clock);

    /// <summary>The line under a first verdict while the rest of each exploration runs.</summary>
    public static Running Exploring(TextWriter screen, Stopwatch clock) => new(screen, CourseMessages.WatchExploringRest, clock);

    public void Dispose()
    {
        if (ticker is not null)
        {
            using var stopped = new ManualResetEvent(false);
            ticker.Dispose(stopped);
            stopped.WaitOne();
        }
    }

    private void Write()
    {
        lock (screen)
        {
            if (ticker is null && Console.IsOutputRedirected)
            {
                screen.WriteLine(line);
            }
            else
            {
                screen.Write($"\r{line} {clock.Elapsed.TotalSeconds:0} s ");
            }

            screen.Flush();
        }
    }
}
