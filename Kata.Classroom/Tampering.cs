using System.Text.RegularExpressions;

namespace Kata.Classroom;

/// <summary>
/// What a learner changed that grading never takes from them: every file of the trusted template
/// outside <c>Kata/Exercises/</c> (specs, project files, workflows, the points table), compared byte
/// for byte, and files the learner added there.
/// </summary>
public static partial class Tampering
{
    /// <summary>The namespace of the learner's code; a type elsewhere (say <c>Kata.Assert</c>) could stand in for what the specs call.</summary>
    public const string ExerciseNamespace = "Kata.Exercises";

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
        var foreign = ForeignCode(learner).Select(path => $"{path} (code outside namespace {ExerciseNamespace}, not used)");
        return [.. changed.Concat(added).Concat(foreign).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The learner's C# files under <c>Kata/Exercises/</c> that declare a namespace other than
    /// <see cref="ExerciseNamespace"/> (or none): grading leaves them out.
    /// </summary>
    public static IReadOnlyList<string> ForeignCode(string learner)
    {
        var folder = Path.Combine(learner, ExerciseFolder);
        return !Directory.Exists(folder) ? [] :
            [.. Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(file => !InExerciseNamespace(File.ReadAllText(file)))
                .Select(file => Path.GetRelativePath(learner, file).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal)];
    }

    public static bool InExerciseNamespace(string source)
    {
        var namespaces = NamespaceDeclaration().Matches(source).Select(match => match.Groups[1].Value).ToList();
        return namespaces.Count > 0 && namespaces.All(name => name == ExerciseNamespace || name.StartsWith(ExerciseNamespace + ".", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\bnamespace\s+([\w.@]+)")]
    private static partial Regex NamespaceDeclaration();

    /// <summary>The files <see cref="Workspace.Files"/> lists under <paramref name="root"/>, outside the exercise folder.</summary>
    public static HashSet<string> Files(string root) =>
        [.. Workspace.Files(root).Where(path => !path.StartsWith(ExerciseFolder, StringComparison.Ordinal))];
}
