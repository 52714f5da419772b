using System.Text.RegularExpressions;
using Kata.Classroom;

namespace Kata.Tools.Tests.Classroom;

/// <summary>What belongs to one exercise stays in its own places, and the docs' tables of exercises are generated, never pasted.</summary>
[TestFixture]
[Category("machinery")]
public sealed partial class ExercisePlacesSpecs
{
    [Test]
    public void No_file_outside_an_exercises_own_places_names_it()
    {
        var listing = Workspace.Files(Repository.Root.FullName)
            .Where(path => TextFile().IsMatch(path))
            .SelectMany(path => Manifest.Exercises
                .Where(exercise => !OwnPlace(path, exercise.Id) && File.ReadAllText(Repository.PathOf(path)).Contains(exercise.Id, StringComparison.Ordinal))
                .Select(exercise => $"{path} names {exercise.Id}"))
            .ToList();

        Assert.That(listing, Is.Empty,
            "per-exercise facts belong to exercises.json and the exercise's own folders (docs/en/maintainers.md, \"Adding an exercise\")");
    }

    /// <summary>
    /// Where an exercise's id may stand: the manifest, its own folders and lessons, the lessons and READMEs
    /// (which link it and show its commands), the checked list of runnable programs and the mistake zoo.
    /// </summary>
    private static bool OwnPlace(string path, string id) =>
        path is Manifest.FileName or "README.md" or "Kata.Classroom/Edition/README.md" or "Kata/Programs.cs"
        || path.StartsWith($"Kata/Exercises/{id}/", StringComparison.Ordinal)
        || path.StartsWith($"Kata/Reference/{id}/", StringComparison.Ordinal)
        || path.StartsWith($"Kata.Tests/Exercises/{id}/", StringComparison.Ordinal)
        || path.StartsWith("Kata.Tests/Mistakes/", StringComparison.Ordinal)
        || path.StartsWith("docs/", StringComparison.Ordinal);

    [Test]
    public void The_readme_lists_every_exercise_with_its_title_and_both_lessons()
    {
        Generated.Check(Scaffold.Readme, Edition.Table(Manifest.Exercises), nameof(The_readme_lists_every_exercise_with_its_title_and_both_lessons));
    }

    [Test]
    public void The_maintainers_checklist_lists_the_places_the_scaffold_writes()
    {
        Generated.Check(Checklist, string.Join("\n", [.. Scaffold.Places("NN-name").Select(place => $"- `{place}`"), .. Scaffold.Changed.Select(place => $"- `{place}` (changed)")]),
            nameof(The_maintainers_checklist_lists_the_places_the_scaffold_writes));
    }

    private static readonly GeneratedPart Checklist =
        new("docs/en/maintainers.md", "<!-- places: generated from Kata.Classroom/Scaffold.cs -->", "<!-- places: end -->");

    [GeneratedRegex(@"\.(cs|cjs|md|json|ya?ml|csproj|props|resx|runsettings|sh)$|^\.ci/run$")]
    private static partial Regex TextFile();
}
