using System.Text.Json;

namespace Kata;

/// <summary>
/// One spec's result as a line of JSON: what a <see cref="SpecChild"/> writes the
/// moment a spec ends, and what the watch loop reads; <see cref="Finished"/> ends a run that ended normally.
/// </summary>
public sealed record SpecLine(string Name, string ClassName, string MethodName, string Outcome, string Message)
{
    public const string Passed = "Passed";

    public const string Failed = "Failed";

    /// <summary>A spec whose code waited for something no kata primitive sees: nothing known against it, shown as failing.</summary>
    public const string Inconclusive = "Inconclusive";

    public const string Finished = "specs: finished";

    /// <summary>Written before <see cref="Finished"/> when an exploration ran fewer interleavings than dotnet test's (KATA_ITERATIONS).</summary>
    public const string Lowered = "specs: some explorations ran fewer interleavings";

    public string ToJson() => JsonSerializer.Serialize(this, JsonSerializerOptions.Web);

    /// <summary>A line as a spec child writes it: its run's token (<see cref="Variables.SpecToken"/>), then <paramref name="text"/>.</summary>
    public static string Framed(string token, string text) => token + " " + text;

    /// <summary>The text of a line that carries <paramref name="token"/>; null for any other line (one the learner's code printed).</summary>
    public static string? Unframed(string token, string? line) =>
        line is not null && line.StartsWith(token + " ", StringComparison.Ordinal) ? line[(token.Length + 1)..] : null;

    /// <summary>The result a line holds, or null for any other line (a learner's own print, say).</summary>
    public static SpecLine? Parse(string? line)
    {
        try
        {
            return line is not null && line.StartsWith('{') ? JsonSerializer.Deserialize<SpecLine>(line, JsonSerializerOptions.Web) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
