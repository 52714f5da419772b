using Kata.Classroom;

namespace Kata.Tools.Tests.Classroom;

/// <summary>The learner edition: what it holds and leaves out, and its table of exercises.</summary>
[TestFixture]
[Category("machinery")]
public sealed class EditionSpecs : InAFreshFolder
{
    [Test]
    public void The_learner_edition_has_stubs_specs_lessons_and_grading_but_no_reference_and_no_maintainer_ci()
    {
        Assume.That(Repository.PathOf("Kata/Reference"), Does.Exist, "Only in the maintainers' repository: an edition is made from it.");
        var edition = Path.Combine(Root, "edition");

        Edition.Write(Repository.Root.FullName, edition);

        var files = Tampering.Files(edition);
        var first = Manifest.Exercises[0];
        Assert.That(Directory.GetFiles(Path.Combine(edition, $"Kata/Exercises/{first.Id}"), "*.cs"), Is.Not.Empty, "the stubs (outside Tampering.Files, which skips the exercise folder)");
        Assert.That(files.Where(path => path.StartsWith($"Kata.Tests/Exercises/{first.Id}/", StringComparison.Ordinal)), Is.Not.Empty, "the specs");
        Assert.That(files, Has.Member(first.Lesson("ko")).And.Member("docs/en/instructors.md").And.Member("exercises.json")
            .And.Member(".github/workflows/classroom.yml").And.Member(".github/workflows/grade.yml").And.Member("Kata.Classroom/Commands.cs"));
        Assert.That(files.Where(path => path.StartsWith("Kata/Reference/", StringComparison.Ordinal) || path.StartsWith(".ci/", StringComparison.Ordinal)
            || path.StartsWith(".config/", StringComparison.Ordinal) || path.StartsWith("Kata.Classroom/Edition/", StringComparison.Ordinal)), Is.Empty);
        Assert.That(files, Has.No.Member(".github/workflows/ci.yml").And.No.Member(".github/workflows/mutation.yml").And.No.Member("docs/en/maintainers.md"));
        Assert.That(files.Where(path => path.StartsWith(".ci/", StringComparison.Ordinal) || path.Contains("/bin/", StringComparison.Ordinal)), Is.Empty,
            "untracked build output and CI reports stay home");
        Assert.That(File.ReadAllText(Path.Combine(edition, "README.md")),
            Is.EqualTo(File.ReadAllText(Repository.PathOf("Kata.Classroom/Edition/README.md")).Replace(Edition.TableMarker, Edition.Table(Manifest.Exercises), StringComparison.Ordinal)));
    }

    [Test]
    public void The_editions_table_lists_every_exercise_with_both_lessons_in_course_order()
    {
        var course = Manifest.Parse("""
            { "exercises": [
              { "id": "01-one", "title": { "en": "One: first", "ko": "하나" }, "hint": { "en": "", "ko": "" }, "sections": [], "specs": {} },
              { "id": "02-two", "title": { "en": "Two", "ko": "둘" }, "hint": { "en": "", "ko": "" }, "sections": [], "specs": {} } ] }
            """);

        Assert.That(Edition.Table(course).Split(Environment.NewLine), Is.EqualTo(new[]
        {
            "| # | exercise | lesson |",
            "|---|---|---|",
            "| 01 | One: first | [English](docs/en/01-one.md) · [한국어](docs/ko/01-one.md) |",
            "| 02 | Two | [English](docs/en/02-two.md) · [한국어](docs/ko/02-two.md) |",
        }));
        Assert.That(File.ReadAllText(Repository.PathOf("Kata.Classroom/Edition/README.md")), Does.Contain(Edition.TableMarker)
            .And.Not.Contain($"({Manifest.Exercises[0].Lesson("en")})"), "the template links no lesson: the table comes from exercises.json");
    }
}
