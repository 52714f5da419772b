using System.Text.RegularExpressions;

namespace Kata.Classroom;

/// <summary>
/// One line of <c>learners.txt</c>: a local clone or a git URL, optionally pinned to a commit as
/// <c>source@commit</c> (7 to 40 hex digits after the last '@', so that <c>git@host:org/x.git</c> stays a URL).
/// </summary>
public sealed partial record LearnerRepository(string Source, string? Commit)
{
    public string Name => Git.Name(Source);

    public static LearnerRepository Parse(string line)
    {
        var trimmed = line.Trim();
        var at = trimmed.LastIndexOf('@');
        return at > 0 && CommitPattern().IsMatch(trimmed[(at + 1)..]) ? new LearnerRepository(trimmed[..at], trimmed[(at + 1)..]) : new LearnerRepository(trimmed, null);
    }

    /// <summary>The lines of a learners file that name a learner: blank lines and <c>#</c> comments left out.</summary>
    public static IReadOnlyList<LearnerRepository> ParseAll(IEnumerable<string> lines) =>
        [.. lines.Where(line => !string.IsNullOrWhiteSpace(line) && !line.TrimStart().StartsWith('#')).Select(Parse)];

    [GeneratedRegex("^[0-9a-fA-F]{7,40}$")]
    private static partial Regex CommitPattern();
}
