namespace Kata.Classroom;

/// <summary>
/// The learner edition an instructor publishes as a template: stubs, specs, lessons, the grading tool
/// and workflows; no reference solutions, no maintainer CI or tools.
/// </summary>
public static class Edition
{
    public const string ReadmeTemplate = "Edition/README.md";

    /// <summary>Paths (or folders, ending in '/') of the maintainers' repository left out of the edition.</summary>
    public static readonly string[] LeftOut =
    [
        "Kata/Reference/", ".ci/", ".config/", ".github/workflows/ci.yml", ".github/workflows/mutation.yml", "docs/en/maintainers.md",
        "README.md", "Kata.Classroom/Edition/", "Kata.Tests/Mistakes/Attacks/",
    ];

    /// <summary>Copies what git tracks (in a checkout; everything elsewhere), less <see cref="LeftOut"/>: no local files such as a gradebook leak out.</summary>
    public static void Write(string repository, string output)
    {
        var tracked = Git.TrackedFiles(repository);
        Workspace.Copy(repository, output, path => (tracked is null || tracked.Contains(path))
            && !LeftOut.Any(left => left.EndsWith('/') ? path.StartsWith(left, StringComparison.Ordinal) : path == left));
        var course = Manifest.Parse(File.ReadAllText(Path.Combine(repository, Manifest.FileName)));
        var readme = File.ReadAllText(Path.Combine(repository, "Kata.Classroom", ReadmeTemplate)).Replace(TableMarker, Table(course), StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(output, "README.md"), readme);
    }

    /// <summary>Where the edition's README gets the course's table: the template itself lists no exercise.</summary>
    public const string TableMarker = "<!-- exercises: the edition writes the table from exercises.json here -->";

    /// <summary>One row per exercise, in course order, with its title and both lessons.</summary>
    public static string Table(IReadOnlyList<Exercise> course) => string.Join(Environment.NewLine,
        ["| # | exercise | lesson |", "|---|---|---|",
         .. course.Select(exercise => $"| {exercise.Id[..2]} | {exercise.Title.En} | [English]({exercise.Lesson("en")}) · [한국어]({exercise.Lesson("ko")}) |")]);
}
