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

    /// <summary>One watch: its copy of the test output, its warm compiler, and the exercise it is on.</summary>
    private sealed class Session(string root, IReadOnlyList<Exercise> course, string? pinned, TextWriter screen) : IDisposable
    {
        private readonly LearnerCompiler compiler = new(root);
        private readonly Microsoft.CodeAnalysis.MetadataReference[] references = [.. LearnerCompiler.References()];
        private string? bin;
        private Running? running;
        private int current = pinned is null ? 0 : course.ToList().FindIndex(exercise => exercise.Id == pinned);
        private readonly Lock gate = new();
        private int saves;
        private CancellationTokenSource? rest;

        /// <summary>A save: the rest of an exploration running for the last one stops, as the next run starts over.</summary>
        public void Saved()
        {
            lock (gate)
            {
                saves++;
                rest?.Cancel();
            }
        }

        /// <summary>The copy of the test output goes with the watch.</summary>
        public void Dispose()
        {
            running?.Dispose();
            if (bin is not null)
            {
                Directory.Delete(bin, recursive: true);
            }
        }

        public void Start(CancellationToken stop)
        {
            screen.WriteLine(CourseMessages.WatchBuilding);
            Rerun(stop, saved: null);
        }

        /// <summary>Compiles, then runs exercises from the current one on, as long as each passes.</summary>
        public void Rerun(CancellationToken stop, DateTime? saved)
        {
            var clock = Stopwatch.StartNew();
            int savesSeen;
            lock (gate)
            {
                savesSeen = saves;
            }

            running = saved is { } at ? Running.Show(screen, course[current].Id, at, clock) : null;
            if (bin is null && !BuildOnce())
            {
                return;
            }

            var compiled = compiler.Compile(bin!, references);
            if (!compiled.Succeeded)
            {
                Show(CourseMessages.WatchDoesNotCompile, [.. BuildOutput.ForLearner(compiled.Errors), .. compiled.Warnings.Take(5)], clock);
                return;
            }

            var passed = new List<string>();
            for (; current < course.Count; current++)
            {
                var exercise = course[current];
                var run = SpecRun.Start(bin!, exercise.Id, Watch, stop, QuickIterations);
                if (stop.IsCancellationRequested)
                {
                    return;
                }

                var state = StateOf(exercise, run);
                if (Passes(state, run))
                {
                    // The first verdict at once; the rest of each exploration then decides, as dotnet test's would.
                    Show(null, [.. passed, Language.Format(CourseMessages.WatchQuickPassed, exercise.Id, state.Total, QuickIterations)], clock, final: false);
                    running = Running.Exploring(screen, clock);
                    using var later = CancellationTokenSource.CreateLinkedTokenSource(stop);
                    lock (gate)
                    {
                        rest = later;
                        if (saves != savesSeen)
                        {
                            later.Cancel();
                        }
                    }

                    run = SpecRun.Start(bin!, exercise.Id, Watch, later.Token);
                    lock (gate)
                    {
                        rest = null;
                    }

                    if (later.IsCancellationRequested)
                    {
                        running.Dispose();
                        running = null;
                        return;
                    }

                    state = StateOf(exercise, run);
                }

                if (Passes(state, run))
                {
                    passed.Add(Language.Format(CourseMessages.WatchPassed, exercise.Id, state.Total));
                    if (pinned is null)
                    {
                        continue;
                    }

                    Show(null, [.. passed, CourseMessages.WatchPinnedPasses], clock);
                    return;
                }

                var lines = new List<string>(passed) { Language.Format(CourseMessages.WatchExercise, exercise.Id, state.Passed, state.Total) };
                if (run.Crash is { } crash)
                {
                    lines.Add(crash.Describe(exercise));
                }
                else if (run.Stalled)
                {
                    lines.Add(Language.Format(CourseMessages.WatchStalled, exercise.Id, Watch.Backstop.TotalSeconds));
                }

                if (state.Failing.Count > 0)
                {
                    lines.Add(Progress.Details(state).TrimEnd());
                }

                Show(null, [.. lines, .. compiled.Warnings.Take(5)], clock);
                return;
            }

            // Every exercise passes: the next save checks them all again from the first.
            current = 0;
            Show(null, [.. passed, Language.Format(CourseMessages.ProgressAllSolved, course.Count)], clock);
        }

        /// <summary>The first build, with MSBuild: it makes what every later compile starts from. Code that does not compile yet is shown like any later compile error.</summary>
        private bool BuildOnce()
        {
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "build", "Kata.Tests", "-nologo", "-v", "q", "-clp:NoSummary" })
            {
                start.ArgumentList.Add(argument);
            }

            using var build = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet build.");
            var printed = build.StandardOutput.ReadToEndAsync();
            _ = build.StandardError.ReadToEndAsync();
            build.WaitForExit();
            if (build.ExitCode != 0)
            {
                Show(CourseMessages.WatchDoesNotCompile, BuildOutput.Errors(printed.Result, root), Stopwatch.StartNew());
                return false;
            }

            // The specs run from a copy of the test output, so that the watch's own Kata.dll never reaches a later dotnet test.
            var built = Path.Combine(root, "Kata.Tests", "bin", "Debug", "net10.0");
            bin = Directory.CreateTempSubdirectory("kata-watch-").FullName;
            foreach (var file in Directory.EnumerateFiles(built, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(bin, Path.GetRelativePath(built, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            return true;
        }

        private Dictionary<string, int>? order;

        private ExerciseProgress StateOf(Exercise exercise, SpecRun run) =>
            Progress.Summarize([exercise], [.. run.Results.Select(line => Result(exercise, line))], aborted: false, Order()).Exercises[0];

        private static bool Passes(ExerciseProgress state, SpecRun run) => state.Solved && run.Crash is null && !run.Stalled;

        private IReadOnlyDictionary<string, int> Order() => order ??= new Dictionary<string, int>(DeclarationOrder.Of(Path.Combine(bin!, "Kata.Tests.dll")));

        private static SpecResult Result(Exercise exercise, SpecLine line) =>
            new(line.Name, [exercise.Id], line.Outcome == SpecLine.Passed, line.Outcome is SpecLine.Failed or SpecLine.Inconclusive, "", line.ClassName, line.MethodName, line.Message);

        /// <param name="final">The result of the save: it ends with how long it took and how to go on.</param>
        private void Show(string? title, IReadOnlyList<string> lines, Stopwatch clock, bool final = true)
        {
            // The result replaces the running line: its count stops first.
            running?.Dispose();
            running = null;
            lock (screen)
            {
                ShowLocked(title, lines, clock, final);
            }
        }

        private void ShowLocked(string? title, IReadOnlyList<string> lines, Stopwatch clock, bool final)
        {
            if (!Console.IsOutputRedirected)
            {
                screen.Write("\u001b[2J\u001b[H");
            }

            if (title is not null)
            {
                screen.WriteLine(title);
            }

            foreach (var line in lines)
            {
                screen.WriteLine(line);
            }

            if (final)
            {
                screen.WriteLine();
                screen.WriteLine(Language.Format(CourseMessages.WatchWaiting, clock.Elapsed.TotalSeconds));
            }

            screen.Flush();
        }
    }
}
