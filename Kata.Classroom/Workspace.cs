using System.Diagnostics;

namespace Kata.Classroom;

/// <summary>
/// Runs the specs: in a checkout as it is, or in a fresh copy of the trusted template with only the
/// learner's <c>Kata/Exercises/</c> laid in. Runs dotnet and git, so its proof is end to end, in .ci/run.
/// </summary>
public static class Workspace
{
    /// <summary>The longest a build and test run of the kata may take (the specs bound the learner's code in seconds).</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    /// <summary>Runs the specs of <paramref name="root"/> (a checkout of the kata) and returns the trx file's text.</summary>
    public static string RunSpecs(string root)
    {
        // Scratch folders are always fresh ones from the system, so that only they are ever deleted.
        var results = Directory.CreateTempSubdirectory("kata-grade-");
        try
        {
            // No progress logger while grading: it would load the learner's Kata.dll into the process that writes the trx.
            var settings = Path.Combine(results.FullName, "grading.runsettings");
            File.WriteAllText(settings, "<RunSettings />");
            // A learner's red specs make dotnet test exit 1: the trx holds the outcomes either way.
            Run("dotnet", root, "test", "Kata.Tests", "--settings", settings, "--logger", "trx;LogFileName=grade.trx", "--results-directory", results.FullName);
            var trx = Path.Combine(results.FullName, "grade.trx");
            return File.Exists(trx) ? File.ReadAllText(trx) : throw new InvalidOperationException($"dotnet test in {root} wrote no results: does it build?");
        }
        finally
        {
            results.Delete(recursive: true);
        }
    }

    /// <summary>
    /// A fresh copy of <paramref name="trusted"/> whose exercise folder is the learner's, less the files with
    /// code outside the exercise namespace; the caller deletes it.
    /// </summary>
    public static DirectoryInfo LayIn(string trusted, string learner)
    {
        var work = Directory.CreateTempSubdirectory("kata-trusted-");
        Copy(trusted, work.FullName, path => !path.StartsWith(Tampering.ExerciseFolder, StringComparison.Ordinal));
        var foreign = Tampering.ForeignCode(learner).Select(path => path[Tampering.ExerciseFolder.Length..]).ToHashSet();
        Copy(Path.Combine(learner, Tampering.ExerciseFolder), Path.Combine(work.FullName, Tampering.ExerciseFolder), path => !foreign.Contains(path));
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

    /// <summary>Build output, git's own folder and local reports: never copied, never compared.</summary>
    public static bool Local(string relative) =>
        relative.StartsWith(".ci/out/", StringComparison.Ordinal)
        || relative.Split('/').Any(part => part is "bin" or "obj" or ".git" or "TestResults" or "node_modules" or "StrykerOutput");

    /// <summary>Runs a command and returns its exit code; its output goes to this process's error stream.</summary>
    public static int Run(string program, string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Grading always builds the learner's side, whatever the grader's own environment says; and the
        // learner's code, which runs in the test process, gets no path to the runner's command files.
        foreach (var name in start.Environment.Keys.Where(name => name == "KATA_REFERENCE" || name.StartsWith("GITHUB_", StringComparison.Ordinal) || name.StartsWith("ACTIONS_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var printed = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} did not end within {Limit.TotalMinutes:0} minutes.");
        }

        Console.Error.Write(printed.Result);
        return process.ExitCode;
    }
}
