using System.Text;
using CliWrap;

namespace Kata.Classroom;

/// <summary>
/// Runs the specs: in a checkout as it is, or in a fresh copy of the trusted template with only the
/// learner's <c>Kata/Exercises/</c> laid in. Runs dotnet and git, so its proof is end to end, in .ci/run.
/// </summary>
public static class Workspace
{
    /// <summary>The longest a build and test run of the kata may take (the specs bound the learner's code in seconds).</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    /// <summary>The project of the specs: what a learner's <c>dotnet test</c> runs.</summary>
    public const string Specs = "Kata.Tests";

    /// <summary>The project of the learner's code, <c>Kata.dll</c>: all a trusted grading builds of a learner (<see cref="Judge"/>).</summary>
    public const string Learner = "Kata";

    /// <summary>
    /// Builds <paramref name="project"/> of the kata at <paramref name="root"/> (the specs and all they reference, or the
    /// learner's assembly alone). Code that does not compile is <see cref="NotGraded"/>, with the compiler's first errors,
    /// paths relative to the root.
    /// </summary>
    public static void Build(string root, string project)
    {
        var (exitCode, printed) = Run("dotnet", root, "build", project);
        if (exitCode != 0)
        {
            throw new NotGraded(NotGraded.DidNotBuild, BuildOutput.Errors(printed, root) is { Count: > 0 } errors ? string.Join('\n', errors) : $"dotnet build in {root} failed with exit code {exitCode}.");
        }
    }

    /// <summary>
    /// Runs the exercise specs of <paramref name="root"/> (a checkout of the kata), the NUnit categories named by its
    /// manifest, and returns their outcomes: the specs project built by <see cref="Build"/>, or <paramref name="specs"/>,
    /// a built specs assembly (<see cref="Judge.LayBeside"/>). Specs a run leaves undecided (inconclusive: they waited
    /// past a real-time backstop with nothing running) are run once more, alone, and keep the second outcome.
    /// </summary>
    public static IReadOnlyList<SpecOutcome> RunSpecs(string root, string? specs = null)
    {
        var course = Manifest.Parse(File.ReadAllText(Path.Combine(root, Manifest.FileName)));
        var target = specs is null ? [Specs, "--no-build"] : new[] { specs };
        var first = TrxResults.Read(RunSpecs(root, target, string.Join('|', course.Select(exercise => $"TestCategory={exercise.Id}"))));
        var undecided = TrxResults.Undecided(first);
        return undecided.Count == 0 ? first : TrxResults.Again(first, TrxResults.Read(RunSpecs(root, target, string.Join('|', undecided.Select(name => $"Name={name}")))));
    }

    /// <summary>One run of the specs <paramref name="filter"/> selects, as a process group of its own, its test host in the <see cref="Sandbox"/>; the trx file's text.</summary>
    private static string RunSpecs(string root, string[] target, string filter)
    {
        // Scratch folders are always fresh ones from the system, so that only they are ever deleted.
        var results = Directory.CreateTempSubdirectory("kata-grade-");
        try
        {
            var settings = Sandbox.Settings(results.FullName);
            // A learner's red specs make dotnet test exit 1: the trx holds the outcomes either way.
            Run("dotnet", root, group: true, ["test", .. target, "--filter", filter, "--settings", settings, "--logger", "trx;LogFileName=grade.trx", "--results-directory", results.FullName]);
            var trx = Path.Combine(results.FullName, "grade.trx");
            return File.Exists(trx) ? File.ReadAllText(trx) : throw new NotGraded(NotGraded.NoResults, $"dotnet test in {root} wrote no results.");
        }
        finally
        {
            results.Delete(recursive: true);
        }
    }

    /// <summary>A fresh copy of <paramref name="trusted"/> whose exercise folder is the learner's; the caller deletes it.</summary>
    public static DirectoryInfo LayIn(string trusted, string learner)
    {
        var work = Directory.CreateTempSubdirectory("kata-trusted-");
        Copy(trusted, work.FullName, path => !path.StartsWith(Tampering.ExerciseFolder, StringComparison.Ordinal));
        Copy(Path.Combine(learner, Tampering.ExerciseFolder), Path.Combine(work.FullName, Tampering.ExerciseFolder), _ => true);
        return work;
    }

    /// <summary>Copies a tree, leaving out <see cref="Local"/> files.</summary>
    public static void Copy(string from, string to, Func<string, bool> keep)
    {
        foreach (var relative in Files(from).Where(keep))
        {
            var file = Path.Combine(from, relative);
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    /// <summary>The files under <paramref name="root"/> that are not <see cref="Local"/>, relative to it, with '/' separators.</summary>
    public static IEnumerable<string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(path => !Local(path));

    /// <summary>
    /// What a checkout makes for itself and never shares: the patterns of the kata's <c>.gitignore</c>, built into
    /// this tool (Kata.Classroom.csproj embeds the file). Not read from a checkout's own <c>.gitignore</c>, which a
    /// learner could edit to hide a file from the tamper report: the trusted path runs the template's build of the tool.
    /// </summary>
    public static readonly IReadOnlyList<string> LocalPatterns = ReadGitignore();

    private static string[] ReadGitignore()
    {
        using var stream = typeof(Workspace).Assembly.GetManifestResourceStream(".gitignore")
            ?? throw new InvalidOperationException("Kata.Classroom was built without its .gitignore.");
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#'))];
    }

    /// <summary>Build output, local reports and editor folders (<see cref="LocalPatterns"/>), and git's own folder: never copied, never compared.</summary>
    public static bool Local(string relative)
    {
        var parts = relative.Split('/');
        return parts.Contains(".git") || LocalPatterns.Any(pattern => pattern switch
        {
            ['*', .. var extension] => relative.EndsWith(extension, StringComparison.Ordinal),
            _ when pattern.TrimEnd('/').Contains('/', StringComparison.Ordinal) => relative.StartsWith(pattern, StringComparison.Ordinal),
            _ => parts[..^1].Contains(pattern.TrimEnd('/')),
        });
    }

    /// <summary>Runs a command and returns its exit code and what it printed, which also goes to this process's error stream.</summary>
    public static (int ExitCode, string Printed) Run(string program, string directory, params string[] arguments) => Run(program, directory, group: false, arguments);

    /// <summary>
    /// Runs a command as <see cref="Run(string, string, string[])"/> does; with <paramref name="group"/> (a run of learner
    /// code), in a session and process group of its own on Linux (<c>setsid</c>), every process of which is killed when the
    /// command ends: a process the learner's code left behind does not outlive its run.
    /// </summary>
    public static (int ExitCode, string Printed) Run(string program, string directory, bool group, params string[] arguments)
    {
        group &= OperatingSystem.IsLinux();
        var printed = new StringBuilder();
        using var limit = new CancellationTokenSource(Limit);
        var running = Cli.Wrap(group ? "setsid" : program)
            .WithArguments(group ? [program, .. arguments] : arguments)
            .WithWorkingDirectory(directory)
            // Grading always builds the learner's side, whatever the grader's own environment says; and the
            // learner's code, which runs in the test process, gets no path to the runner's command files.
            .WithEnvironmentVariables(variables =>
            {
                foreach (var name in Environment.GetEnvironmentVariables().Keys.OfType<string>()
                    .Where(name => name == Variables.Reference || name.StartsWith("GITHUB_", StringComparison.Ordinal) || name.StartsWith("ACTIONS_", StringComparison.Ordinal)))
                {
                    variables.Set(name, null);
                }
            })
            .WithStandardOutputPipe(PipeTarget.ToStringBuilder(printed))
            .WithStandardErrorPipe(PipeTarget.ToDelegate(Console.Error.WriteLine))
            .WithValidation(CommandResultValidation.None)
            .ExecuteAsync(limit.Token);
        try
        {
            var exitCode = running.GetAwaiter().GetResult().ExitCode;
            Console.Error.Write(printed);
            return (exitCode, printed.ToString());
        }
        catch (OperationCanceledException)
        {
            throw new NotGraded(NotGraded.TimedOut, $"{program} {string.Join(' ', arguments)} did not end within {Limit.TotalMinutes:0} minutes.");
        }
        finally
        {
            if (group)
            {
                // setsid execs the program as the leader of a new group (a process started here never leads one), so the group's id is its id.
                KillGroup(running.ProcessId);
            }
        }
    }

    /// <summary>Kills every process still in the process group <paramref name="id"/>; none is an answer too.</summary>
    private static void KillGroup(int id) =>
        Cli.Wrap("kill").WithArguments(["-KILL", "--", $"-{id}"]).WithValidation(CommandResultValidation.None).ExecuteAsync().GetAwaiter().GetResult();
}
