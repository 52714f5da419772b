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

    public static IReadOnlyList<string> Find(string trusted, string learner, IReadOnlyCollection<string>? ignored = null)
    {
        var trustedFiles = Files(trusted);
        var learnerFiles = Files(learner);
        trustedFiles.ExceptWith(ignored ?? []);
        learnerFiles.ExceptWith(ignored ?? []);
        var changed = trustedFiles
            .Where(path => !learnerFiles.Contains(path) || !File.ReadAllBytes(Path.Combine(trusted, path)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(learner, path))))
            .Select(path => learnerFiles.Contains(path) ? $"{path} (changed)" : $"{path} (deleted)");
        var added = learnerFiles.Where(path => !trustedFiles.Contains(path)).Select(path => $"{path} (added)");
        return [.. changed.Concat(added).Order(StringComparer.Ordinal)];
    }

    /// <summary>The files <see cref="Workspace.Files"/> lists under <paramref name="root"/>, outside the exercise folder.</summary>
    public static HashSet<string> Files(string root) =>
        [.. Workspace.Files(root).Where(path => !path.StartsWith(ExerciseFolder, StringComparison.Ordinal))];
}
