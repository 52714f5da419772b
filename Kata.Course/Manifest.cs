using System.Text.Json;

namespace Kata;

/// <summary>
/// One exercise as <c>exercises.json</c> lists it; its lesson is <c>docs/{language}/{Id}.md</c>, and
/// <see cref="Specs"/> is the points table: each spec's name, as a test run reports it, with its points.
/// </summary>
public sealed record Exercise(string Id, Localized Title, Localized Hint, IReadOnlyList<string> Sections, IReadOnlyDictionary<string, int> Specs)
{
    public int Points => Specs.Values.Sum();

    public string Lesson(string language) => $"docs/{language}/{Id}.md";

    /// <summary>The name of an exercise's class, fixture (<c>…Specs</c>) and messages (<c>…Messages</c>): <c>06-two-words</c> is <c>TwoWords</c>.</summary>
    public static string ClassName(string id) =>
        string.Concat(id.Split('-').Skip(1).Select(word => char.ToUpperInvariant(word[0]) + word[1..]));
}

public sealed record Localized(string En, string Ko)
{
    /// <summary>The text in "ko" or "en" (<see cref="Text.Language.Code"/>).</summary>
    public string In(string language) => language == "ko" ? Ko : En;
}

/// <summary>The course in order: <c>exercises.json</c>, copied beside every build's output.</summary>
public static class Manifest
{
    public const string FileName = "exercises.json";

    private static readonly Lazy<IReadOnlyList<Exercise>> Loaded = new(() => Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, FileName))));

    public static IReadOnlyList<Exercise> Exercises => Loaded.Value;

    public static Exercise Find(string id) =>
        Exercises.SingleOrDefault(exercise => exercise.Id == id)
        ?? throw new KeyNotFoundException($"No exercise '{id}' in {FileName}.");

    public static IReadOnlyList<Exercise> Parse(string json) =>
        JsonSerializer.Deserialize<Course>(json, JsonSerializerOptions.Web)?.Exercises
        ?? throw new InvalidDataException($"{FileName} has no exercises.");

    private sealed record Course(IReadOnlyList<Exercise> Exercises);
}
