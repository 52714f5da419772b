using System.Diagnostics;
using System.Runtime.InteropServices;
using Kata.TestLogger;
using Kata.Text;

namespace Kata.Watch;

/// <summary>
/// The learner's loop, after rustlings: <c>dotnet run --project Kata.Watch [-- NN-name]</c>. It builds the
/// kata once with MSBuild, then, on each save under <c>Kata/Exercises/</c>, compiles the learner's code
/// with Roslyn and runs the current exercise's specs in a child process: at first the first exercise in
/// the manifest's order that does not pass, or the one named on the command line. It shows that
/// exercise's first failing spec in full and every other in a line; when the exercise passes it moves on.
/// </summary>
public static class Loop
{
    /// <summary>
    /// The bounds of the child that runs one exercise's specs, in the child's processor time. Measured on the reference
    /// solutions (2 cores, 2026-12-02): exercise 04's specs use the most, about 10 s (their explorations hand the turn
    /// from thread to thread thousands of times). Broken code is stopped by the specs' own bounds well before these:
    /// a spin by <c>Learner</c>'s 5 s of processor time, a wait no primitive sees by its 10 s backstop.
    /// </summary>
    public static readonly ProcessorWatch Watch = new(TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(15));

    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);

    /// <summary>
    /// The interleavings of each exploration behind the first verdict a save gets. A failure found in them is final (the
    /// first interleavings of a seed are the same in any budget); a pass is followed by the rest, which a save stops.
    /// Measured on the reference solution of exercise 04 (2 cores): its specs' child takes 0.6 s with 10, 1.7 s with all.
    /// Every mistake of the zoo is found within the first 6 interleavings (the benchmark's worst, over five strategies).
    /// </summary>
    public const uint QuickIterations = 10;

    public static int Run(IReadOnlyList<string> args, TextWriter screen)
    {
        var root = FindRoot();
        var course = Manifest.Parse(File.ReadAllText(Path.Combine(root, Manifest.FileName)));
        var pinned = args.FirstOrDefault(arg => !arg.StartsWith('-'));
        if (pinned is not null && course.All(exercise => exercise.Id != pinned))
        {
            screen.WriteLine(Language.Format(CourseMessages.WatchUnknown, pinned, string.Join(", ", course.Select(exercise => exercise.Id))));
            return 2;
        }

        using var stop = new CancellationTokenSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => End(context, stop));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => End(context, stop));
        using var saved = new AutoResetEvent(false);
        using var session = new Session(root, course, pinned, screen);
        void Save()
        {
            saved.Set();
            session.Saved();
        }

        using var watcher = new FileSystemWatcher(Path.Combine(root, "Kata", "Exercises"), "*.cs") { IncludeSubdirectories = true };
        watcher.Changed += (_, _) => Save();
        watcher.Created += (_, _) => Save();
        watcher.Renamed += (_, _) => Save();
        watcher.Deleted += (_, _) => Save();
        watcher.EnableRaisingEvents = true;

        session.Start(stop.Token);
        while (!stop.IsCancellationRequested)
        {
            if (WaitHandle.WaitAny([saved, stop.Token.WaitHandle]) == 1)
            {
                break;
            }

            // An editor saves in several writes: wait until the folder is quiet.
            while (saved.WaitOne(Quiet))
            {
            }

            session.Rerun(stop.Token, DateTime.Now);
        }

        screen.WriteLine(CourseMessages.WatchEnded);
        return 0;
    }

    private static void End(PosixSignalContext context, CancellationTokenSource stop)
    {
        context.Cancel = true;
        stop.Cancel();
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, Manifest.FileName)) && Directory.Exists(Path.Combine(directory.FullName, "Kata")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No {Manifest.FileName} above {Directory.GetCurrentDirectory()}: run the watch inside the kata.");
    }
}
