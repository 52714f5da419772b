using Kata.Classroom;

namespace Kata.Tools.Tests.Classroom;

/// <summary>The gradebook's CSV, Markdown and JSON, merging parts of a class, and what the gradebook command makes of a learners file.</summary>
[TestFixture]
[Category("machinery")]
public sealed class GradebookSpecs : InAFreshFolder
{
    [Test]
    public void The_gradebook_has_a_row_per_learner_with_points_per_exercise_total_and_tampered_files()
    {
        var rows = new[]
        {
            Row("alice", "0a1b2c3", Graded(3, [])),
            Row("bob, jr", "", Graded(1, ["Kata.Tests/Specs.cs (changed)", "x.yml (added)"])),
        };

        Assert.That(Gradebook.ToCsv(rows), Is.EqualTo(
            "student,section,commit,commit time,deadline,late,template commit,status,reason,01-one,total,max,tampered" + Environment.NewLine +
            "alice,,0a1b2c3,,,,,graded,,3,3,3," + Environment.NewLine +
            "\"bob, jr\",,,,,,,graded,,1,1,3,Kata.Tests/Specs.cs (changed); x.yml (added)" + Environment.NewLine));
        Assert.That(Gradebook.ToMarkdown(rows), Is.EqualTo(
            "| student | section | 01-one | total | commit | late | status | tampered |" + Environment.NewLine +
            "|---|---|---|---|---|---|---|---|" + Environment.NewLine +
            "| alice |  | 3 / 3 | 3 / 3 | 0a1b2c3 |  | graded | — |" + Environment.NewLine +
            "| bob, jr |  | 1 / 3 | 1 / 3 |  |  | graded | Kata.Tests/Specs.cs (changed)<br>x.yml (added) |" + Environment.NewLine));
    }

    [Test]
    public void A_learner_who_was_not_graded_has_the_status_and_the_reason_in_one_cell_each()
    {
        var course = Manifest.Parse("""{ "exercises": [ { "id": "01-one", "title": { "en": "", "ko": "" }, "hint": { "en": "", "ko": "" }, "sections": [], "specs": { "First": 3 } } ] }""");
        var grade = Grade.Failed(course, new NotGraded(NotGraded.DidNotBuild, "Sum.cs(3,9): error CS1002: ; expected\nSum.cs(4,1): error CS1513: } expected"), []);

        Assert.That(Gradebook.ToCsv([Row("carol", "", grade)]).Split(Environment.NewLine)[1],
            Is.EqualTo("carol,,,,,,,did not build,\"Sum.cs(3,9): error CS1002: ; expected Sum.cs(4,1): error CS1513: } expected\",0,0,3,"));
        Assert.That(Gradebook.ToMarkdown([Row("carol", "", grade)]), Does.Contain("| carol |  | 0 / 3 | 0 / 3 |  |  | did not build: Sum.cs(3,9): error CS1002: ; expected | — |"));
    }

    [TestCase("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [TestCase("+1", "'+1")]
    [TestCase("-1", "'-1")]
    [TestCase("@SUM(A1)", "'@SUM(A1)")]
    [TestCase(",eve", "\",eve\"")]
    public void Learner_text_a_spreadsheet_would_run_as_a_formula_is_quoted(string learner, string cell)
    {
        Assert.That(Gradebook.ToCsv([Row(learner, "", Graded(0, []))]).Split(Environment.NewLine)[1], Does.StartWith(cell + ","));
    }

    [Test]
    public void A_quote_in_a_learner_name_is_doubled_in_the_csv()
    {
        Assert.That(Gradebook.ToCsv([Row("o\"neil", "", Graded(0, []))]), Does.Contain("\"o\"\"neil\",,,,,,,graded,,0,0,3,"));
    }

    [Test]
    public void An_empty_gradebook_has_only_its_headers()
    {
        Assert.That(Gradebook.ToCsv([]), Is.EqualTo("student,section,commit,commit time,deadline,late,template commit,status,reason,total,max,tampered" + Environment.NewLine));
    }

    [Test]
    public void The_gradebook_json_is_indented_for_a_reader() =>
        Assert.That(Gradebook.ToJson([Row("bob", "", Graded(1, []))]), Does.StartWith("[" + Environment.NewLine + "  {"));

    [Test]
    public void A_gradebook_json_that_holds_no_rows_is_named_as_such() =>
        Assert.That(() => Gradebook.FromJson("null"), Throws.InstanceOf<InvalidDataException>().With.Message.EqualTo("A gradebook.json holds a list of rows."));

    [Test]
    public void The_gradebook_json_has_each_learners_points_per_exercise_and_tampered_files()
    {
        using var json = System.Text.Json.JsonDocument.Parse(Gradebook.ToJson([Row("bob", "0a1b2c3", Graded(1, ["x.yml (added)"]))]));

        var bob = json.RootElement[0];
        Assert.That((bob.GetProperty("student").GetString(), bob.GetProperty("commit").GetString(), bob.GetProperty("points").GetInt32(), bob.GetProperty("max").GetInt32()),
            Is.EqualTo(("bob", "0a1b2c3", 1, 3)));
        var exercise = bob.GetProperty("exercises")[0];
        Assert.That((exercise.GetProperty("id").GetString(), exercise.GetProperty("points").GetInt32(), exercise.GetProperty("max").GetInt32()), Is.EqualTo(("01-one", 1, 3)));
        Assert.That(bob.GetProperty("tampered")[0].GetString(), Is.EqualTo("x.yml (added)"));
    }

    [Test]
    public void Parts_of_a_class_graded_apart_merge_into_one_gradebook()
    {
        var course = Manifest.Parse("""{ "exercises": [ { "id": "01-one", "title": { "en": "", "ko": "" }, "hint": { "en": "", "ko": "" }, "sections": [], "specs": { "First": 3 } } ] }""");
        var first = Path.Combine(Root, "parts", "gradebook-part-0");
        var second = Path.Combine(Root, "parts", "gradebook-part-1");
        Gradebook.Write([Row("org/alice", "0a1b2c3", Graded(3, []))], first);
        Gradebook.Write([Row("org/bob", "", Grade.Failed(course, new NotGraded(NotGraded.CouldNotClone, "git clone failed"), ["x (added)"]))], second);
        var merged = Path.Combine(Root, "merged");
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exitCode = Commands.Run(["merge", "--parts", Path.Combine(Root, "parts"), "--out", merged], output, errors);

        Assert.That(exitCode, Is.Zero, errors.ToString());
        Assert.That(File.ReadAllText(Path.Combine(merged, "gradebook.csv")), Is.EqualTo(
            "student,section,commit,commit time,deadline,late,template commit,status,reason,01-one,total,max,tampered" + Environment.NewLine +
            "org/alice,,0a1b2c3,,,,,graded,,3,3,3," + Environment.NewLine +
            "org/bob,,,,,,,could not clone,git clone failed,0,0,3,x (added)" + Environment.NewLine));
        Assert.That(Gradebook.FromJson(File.ReadAllText(Path.Combine(merged, "gradebook.json"))).Select(row => row.Grade.Exercises[0].Specs[0]),
            Is.EqualTo(new[] { new SpecGrade("First", 3, 3, true, ""), new SpecGrade("First", 0, 3, false, "git clone failed") }));
        Assert.That(File.ReadAllText(Path.Combine(merged, "gradebook.md")), Is.EqualTo(output.ToString()));
    }

    [Test]
    public void A_regrade_is_merged_in_by_student_from_the_parts_in_the_order_given()
    {
        var course = Manifest.Parse("""{ "exercises": [ { "id": "01-one", "title": { "en": "", "ko": "" }, "hint": { "en": "", "ko": "" }, "sections": [], "specs": { "First": 3 } } ] }""");
        var grades = Path.Combine(Root, "grades");
        var regrade = Path.Combine(Root, "regrade");
        Gradebook.Write([Row("alice", "0a1b2c3", Graded(3, [])), Row("bob", "1b2c3d4", Grade.Failed(course, new NotGraded(NotGraded.DidNotBuild, "x.cs(1,1): error CS1002"), []))], grades);
        Gradebook.Write([Row("bob", "2c3d4e5", Graded(3, []))], regrade);
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exitCode = Commands.Run(["merge", "--parts", grades, Path.Combine(regrade, "gradebook.json"), "--out", grades], output, errors);

        Assert.That(exitCode, Is.Zero, errors.ToString());
        Assert.That(File.ReadAllLines(Path.Combine(grades, "gradebook.csv"))[1..], Is.EqualTo(new[] { "alice,,0a1b2c3,,,,,graded,,3,3,3,", "bob,,2c3d4e5,,,,,graded,,3,3,3," }));
    }

    [Test]
    public void Merge_refuses_parts_graded_on_different_template_commits_and_names_them()
    {
        Gradebook.Write([Row("alice", "0a1b2c3", Graded(3, [])) with { TemplateCommit = "1111111" }], Path.Combine(Root, "grades"));
        Gradebook.Write([Row("bob", "0a1b2c3", Graded(3, [])) with { TemplateCommit = "2222222" }], Path.Combine(Root, "regrade"));
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exitCode = Commands.Run(["merge", "--parts", Path.Combine(Root, "grades"), Path.Combine(Root, "regrade"), "--out", Path.Combine(Root, "merged")], output, errors);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(errors.ToString(), Does.Contain($"1111111 in {Path.Combine(Root, "grades", "gradebook.json")}; 2222222 in {Path.Combine(Root, "regrade", "gradebook.json")}"));
        Assert.That(Path.Combine(Root, "merged"), Does.Not.Exist, "nothing written");
    }

    [Test]
    public void Merge_names_a_part_that_holds_no_gradebook()
    {
        Directory.CreateDirectory(Path.Combine(Root, "empty"));
        using var output = new StringWriter();
        using var errors = new StringWriter();

        Assert.That(Commands.Run(["merge", "--parts", Path.Combine(Root, "empty"), "--out", Path.Combine(Root, "merged")], output, errors), Is.EqualTo(1));
        Assert.That(errors.ToString(), Does.Contain($"No gradebook.json in {Path.Combine(Root, "empty")}."));
    }

    [TestCase("../a student=alice\n../b student=alice", "student alice is on lines 1 and 2: one line per student.")]
    [TestCase("../a student=alice section=A", "The learners file has no student zed.", "--student", "zed")]
    [TestCase("../a student=alice section=A", "The learners file has no section B.", "--section", "B")]
    public void A_mistake_in_the_learners_file_or_the_selection_is_named_before_anything_is_built(string file, string why, params string[] selection)
    {
        var learners = Path.Combine(Root, "learners.txt");
        File.WriteAllText(learners, file);
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exitCode = Commands.Run(["gradebook", "--template", Path.Combine(Root, "no-template"), "--learners", learners, "--out", Path.Combine(Root, "grades"), .. selection], output, errors);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(errors.ToString(), Does.StartWith($"{learners}: ").And.Contain(why));
    }

    [Test]
    public void A_share_with_nobody_in_it_builds_nothing_and_writes_a_gradebook_of_headers()
    {
        var learners = Path.Combine(Root, "learners.txt");
        File.WriteAllLines(learners, ["# section C has no one yet"]);
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exitCode = Commands.Run(["gradebook", "--template", Path.Combine(Root, "no-template"), "--learners", learners, "--out", Path.Combine(Root, "grades")], output, errors);

        Assert.That(exitCode, Is.Zero, errors.ToString());
        Assert.That(File.ReadAllText(Path.Combine(Root, "grades", "gradebook.csv")), Is.EqualTo(Gradebook.ToCsv([])));
    }

    private static GradebookRow Row(string student, string commit, Grade grade) => new(new LearnerRepository("", Student: student), commit, null, "", grade);

    private static Grade Graded(int points, IReadOnlyList<string> tampered) =>
        new([new ExerciseGrade("01-one", [new SpecGrade("First", points, 3, points == 3, "")])], tampered);
}
