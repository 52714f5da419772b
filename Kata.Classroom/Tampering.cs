namespace Kata.Classroom;

/// <summary>
/// What a learner changed that grading never takes from them: every file of the trusted template
/// outside <c>Kata/Exercises/</c> (specs, project files, workflows, the points table), compared byte
/// for byte, and files the learner added there.
/// </summary>
public static class Tampering
{
    /// <summary>The learner's own files: the only ones graded.</summary>
    public const string ExerciseFolder = "Kata/Exercises/";

    private static readonly string[] Ignored = ["bin/", "obj/", ".git/", "TestResults/", ".ci/out/", "node_modules/", "StrykerOutput/"];

    public static IReadOnlyList<string> Find(string trusted, string learner)
    {
        var trustedFiles = Files(trusted);
        var learnerFiles = Files(learner);
        var changed = trustedFiles
            .Where(path => !learnerFiles.Contains(path) || !File.ReadAllBytes(Path.Combine(trusted, path)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(learner, path))))
            .Select(path => learnerFiles.Contains(path) ? $"{path} (changed)" : $"{path} (deleted)");
        var added = learnerFiles.Where(path => !trustedFiles.Contains(path)).Select(path => $"{path} (added)");
        return [.. changed.Concat(added).Order(StringComparer.Ordinal)];
    }

    /// <summary>Paths relative to <paramref name="root"/>, with '/' separators, outside the exercise folder and build output.</summary>
    public static HashSet<string> Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(path => !path.StartsWith(ExerciseFolder, StringComparison.Ordinal) && !Ignored.Any(folder => path.StartsWith(folder, StringComparison.Ordinal) || path.Contains("/" + folder, StringComparison.Ordinal)))];
}
