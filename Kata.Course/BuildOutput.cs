using Kata.Text;

namespace Kata;

/// <summary>What MSBuild printed, read for a learner: the grader's summary and the watch show the same errors.</summary>
public static class BuildOutput
{
    /// <summary>Errors shown; the rest are counted, since the first errors often cause the later ones.</summary>
    public const int Shown = 5;

    /// <summary>
    /// The first distinct compiler errors (<see cref="ForLearner"/>), as "path(line,col): error CSnnnn: text", paths relative to
    /// <paramref name="root"/>.
    /// </summary>
    public static IReadOnlyList<string> Errors(string printed, string root)
    {
        var prefix = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return ForLearner([.. printed.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Contains(": error ", StringComparison.Ordinal))
            .Select(line => line.Replace(prefix, "", StringComparison.Ordinal))
            .Select(line => line.LastIndexOf(" [", StringComparison.Ordinal) is > 0 and var project && line.EndsWith(']') ? line[..project] : line)
            .Distinct()]);
    }

    /// <summary>
    /// At most <see cref="Shown"/> errors, each of the commonest followed once by the kata's own hint (the compiler's advice
    /// is for C# at large: for `await` without `async` it suggests a return type of Task&lt;Task&lt;…&gt;&gt;), then how many were left out.
    /// </summary>
    public static IReadOnlyList<string> ForLearner(IReadOnlyList<string> errors)
    {
        var lines = new List<string>();
        var hinted = new HashSet<string>();
        foreach (var error in errors.Take(Shown))
        {
            lines.Add(error);
            if (Hint(error) is { } hint && hinted.Add(hint))
            {
                lines.Add("  " + hint);
            }
        }

        if (errors.Count > Shown)
        {
            lines.Add(Language.Format(CourseMessages.CompileMore, errors.Count - Shown));
        }

        return lines;
    }

    private static string? Hint(string error) =>
        Is(error, "CS4032") || Is(error, "CS4033") ? CourseMessages.CompileHintAwait
        : Is(error, "CS0122") && error.Contains("Run()", StringComparison.Ordinal) ? CourseMessages.CompileHintRunProtected
        : Is(error, "CS0246") || (Is(error, "CS0103") && KataNames.Any(name => error.Contains($"'{name}'", StringComparison.Ordinal))) ? CourseMessages.CompileHintUsing
        : null;

    /// <summary>Names a missing <c>using Kata.Machinery;</c> leaves unknown (CS0103 is otherwise often a typo, where the hint would mislead).</summary>
    private static readonly string[] KataNames = ["Clock", "Output"];

    private static bool Is(string error, string code) => error.Contains($"error {code}:", StringComparison.Ordinal);
}
