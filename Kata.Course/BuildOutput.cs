namespace Kata;

/// <summary>What MSBuild printed, read for a learner: the grader's summary and the watch show the same errors.</summary>
public static class BuildOutput
{
    /// <summary>The first distinct compiler errors, at most five, as "path(line,col): error CSnnnn: text", paths relative to <paramref name="root"/>.</summary>
    public static IReadOnlyList<string> Errors(string printed, string root)
    {
        var prefix = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return [.. printed.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Contains(": error ", StringComparison.Ordinal))
            .Select(line => line.Replace(prefix, "", StringComparison.Ordinal))
            .Select(line => line.LastIndexOf(" [", StringComparison.Ordinal) is > 0 and var project && line.EndsWith(']') ? line[..project] : line)
            .Distinct()
            .Take(5)];
    }
}
