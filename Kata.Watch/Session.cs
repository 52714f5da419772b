using System.Diagnostics;
using System.Globalization;
using CliWrap;
using CliWrap.Buffered;
using Kata.TestLogger;
using Kata.Text;

namespace Kata.Watch;

/// <summary>One watch: its copy of the test output, its warm compiler, and the exercise it is on.</summary>
internal sealed class Session(string root, IReadOnlyList<Exercise> course, string? pinned, TextWriter screen) : IDisposable
{
    private LearnerCompiler? compiler;
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

        var compiled = compiler!.Compile(bin!);
        if (!compiled.Succeeded)
        {
            Show(CourseMessages.WatchDoesNotCompile, [.. BuildOutput.ForLearner(compiled.Errors), .. compiled.Warnings.Take(5)], clock);
            return;
        }

        var passed = new List<string>();
        for (; current < course.Count; current++)
        {
            var exercise = course[current];
            var run = Specs(bin!, exercise.Id, stop, Loop.QuickIterations);
            if (stop.IsCancellationRequested)
            {
                return;
            }

            var state = StateOf(exercise, run);
            if (Passes(state, run) && run.Lowered)
            {
                // The first verdict at once; the rest of each exploration then decides, as dotnet test's would.
                Show(null, [.. passed, Language.Format(CourseMessages.WatchQuickPassed, exercise.Id, state.Total, Loop.QuickIterations)], clock, final: false);
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

                run = Specs(bin!, exercise.Id, later.Token);
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
                lines.Add(Language.Format(CourseMessages.WatchStalled, exercise.Id, Loop.Watch.Backstop.TotalSeconds));
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
        var build = Cli.Wrap("dotnet").WithArguments(["build", "Kata.Tests", "-nologo", "-v", "q", "-clp:NoSummary"]).WithWorkingDirectory(root)
            .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync().GetAwaiter().GetResult();
        if (build.ExitCode != 0)
        {
            Show(CourseMessages.WatchDoesNotCompile, BuildOutput.Errors(build.StandardOutput, root), Stopwatch.StartNew());
            return false;
        }

        var paths = BuildPaths.Ask(root);
        compiler = new LearnerCompiler(root, paths);

        // The specs run from a copy of the test output, so that the watch's own Kata.dll never reaches a later dotnet test.
        var built = paths.TestsOutput;
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

    /// <summary>Runs one exercise's specs in a child of their own, which a save's next run never reuses (it loads the learner's new build).</summary>
    private static SpecRun Specs(string bin, string exerciseId, CancellationToken cancel, uint? iterations = null)
    {
        using var child = new SpecChild(Path.Combine(bin, "Kata.Tests.dll"), SpecChild.WatchFlag,
            iterations is { } fewer ? [(Variables.Iterations, fewer.ToString(CultureInfo.InvariantCulture))] : []);
        return child.Run(exerciseId, Loop.Watch, cancel);
    }

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
