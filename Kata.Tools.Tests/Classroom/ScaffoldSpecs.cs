using Kata.Classroom;

namespace Kata.Tools.Tests.Classroom;

/// <summary>
/// The scaffold writes a new exercise's places from the course as it is; .ci/run's last step builds one and runs it,
/// which these specs, on a scratch copy of the files the scaffold reads, do not.
/// </summary>
[TestFixture]
[Category("machinery")]
public sealed class ScaffoldSpecs
{
    private static readonly string NextId = $"{Manifest.Exercises.Count + 1:00}-two-words";

    private DirectoryInfo root = null!;

    [SetUp]
    public void CopyWhatTheScaffoldReads()
    {
        root = Directory.CreateTempSubdirectory("kata-scaffold-spec-");
        var last = Manifest.Exercises[^1];
        Workspace.Copy(Repository.Root.FullName, root.FullName,
            path => path is Manifest.FileName or "README.md" || path == last.Lesson("en") || path == last.Lesson("ko"));
    }

    [TearDown]
    public void Delete() => root.Delete(recursive: true);

    [Test]
    public void It_writes_the_next_exercise_in_its_places_and_the_manifest_the_readme_and_the_previous_lessons_name_it()
    {
        Scaffold.Write(root.FullName, NextId);

        var course = Manifest.Parse(File.ReadAllText(Path.Combine(root.FullName, Manifest.FileName)));
        var added = course[^1];
        Assert.That(Scaffold.Places(NextId).Where(place => !File.Exists(Path.Combine(root.FullName, place))), Is.Empty);
        Assert.That(course.Select(exercise => exercise.Id), Is.EqualTo([.. Manifest.Exercises.Select(exercise => exercise.Id), NextId]));
        Assert.That(added.Specs, Is.EqualTo(new Dictionary<string, int> { ["TwoWords_program_prints_Done"] = 1 }));
        Assert.That(Scaffold.Readme.Read(root.FullName), Is.EqualTo(Edition.Table(course).ReplaceLineEndings("\n")));
        foreach (var language in new[] { "en", "ko" })
        {
            Assert.That(Read(Manifest.Exercises[^1].Lesson(language)), Does.Contain(added.Lesson(language)), "the previous lesson points to the new one");
            Assert.That(added.Sections.Where(section => !Read(added.Lesson(language)).Contains($"<a id=\"{section}\"></a>", StringComparison.Ordinal)), Is.Empty);
        }

        Assert.That(Read($"Kata/Exercises/{NextId}/TwoWords.cs"), Does.Contain("// TODO").And.Contain("throw new NotImplementedException(").And.Contain("public static void RunProgram()"));
        Assert.That(Read($"Kata/Reference/{NextId}/TwoWords.cs"), Does.Not.Contain("NotImplementedException").And.Contain("public static void RunProgram()"));
        Assert.That(Read($"Kata.Tests/Exercises/{NextId}/TwoWordsSpecs.cs"),
            Does.Contain($"[Exercise(\"{NextId}\")]").And.Contain("class TwoWordsSpecs : ExerciseSpecs").And.Contain("public void TwoWords_program_prints_Done()"));
    }

    [Test]
    public void An_id_that_is_not_the_next_number_is_refused_and_nothing_is_written()
    {
        var before = Read(Manifest.FileName);

        Assert.That(() => Scaffold.Write(root.FullName, "99-two-words"),
            Throws.InvalidOperationException.With.Message.Contains($"its id is {Manifest.Exercises.Count + 1:00}-kebab-case"));
        Assert.That(Read(Manifest.FileName), Is.EqualTo(before));
        Assert.That(Directory.Exists(Path.Combine(root.FullName, "Kata")), Is.False);
    }

    [Test]
    public void A_place_that_exists_already_is_refused()
    {
        Directory.CreateDirectory(Path.Combine(root.FullName, "docs/ko"));
        File.WriteAllText(Path.Combine(root.FullName, $"docs/ko/{NextId}.md"), "mine");

        Assert.That(() => Scaffold.Write(root.FullName, NextId),
            Throws.InvalidOperationException.With.Message.EqualTo($"docs/ko/{NextId}.md exists already."));
        Assert.That(Read($"docs/ko/{NextId}.md"), Is.EqualTo("mine"));
    }

    private string Read(string place) => File.ReadAllText(Path.Combine(root.FullName, place));
}
