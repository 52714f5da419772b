using System.Text;
using System.Text.Json;
using Kata.Classroom;

namespace Kata.Tools.Tests.Classroom;

/// <summary>Points from the table in exercises.json and a trx file; the job summary, JSON and classroom forms.</summary>
[TestFixture]
[Category("machinery")]
public sealed class GradingSpecs
{
    private static readonly IReadOnlyList<Exercise> Course = Manifest.Parse("""
        { "exercises": [
          { "id": "01-one", "title": { "en": "One", "ko": "하나" }, "hint": { "en": "", "ko": "" }, "sections": [],
            "specs": { "First": 1, "Second": 2 } },
          { "id": "02-two", "title": { "en": "Two", "ko": "둘" }, "hint": { "en": "", "ko": "" }, "sections": [],
            "specs": { "Third": 3 } } ] }
        """);

    private const string Trx = """
        <?xml version="1.0" encoding="utf-8"?>
        <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
          <Results>
            <UnitTestResult testName="First" outcome="Passed" />
            <UnitTestResult testName="Second" outcome="Failed">
              <Output><ErrorInfo><Message>  Expected 10 | but was 0
        second line</Message></ErrorInfo></Output>
            </UnitTestResult>
            <UnitTestResult testName="Machinery" outcome="Passed" />
          </Results>
        </TestRun>
        """;

    [Test]
    public void A_trx_file_gives_each_spec_its_outcome_and_message()
    {
        var outcomes = TrxResults.Read(Trx);

        Assert.That(outcomes, Is.EqualTo(new[]
        {
            new SpecOutcome("First", true, ""),
            new SpecOutcome("Second", false, "Expected 10 | but was 0\nsecond line"),
            new SpecOutcome("Machinery", true, ""),
        }));
    }

    [Test]
    public void A_result_without_a_name_reads_as_an_empty_name() =>
        Assert.That(TrxResults.Read("""<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><Results><UnitTestResult outcome="Passed" /></Results></TestRun>"""),
            Is.EqualTo(new[] { new SpecOutcome("", true, "") }));

    [Test]
    public void A_passing_spec_earns_its_points_and_a_failing_or_missing_one_none()
    {
        var grade = Grade.From(Course, TrxResults.Read(Trx), []);

        Assert.That(grade.Exercises.SelectMany(exercise => exercise.Specs), Is.EqualTo(new[]
        {
            new SpecGrade("First", 1, 1, true, ""),
            new SpecGrade("Second", 0, 2, false, "Expected 10 | but was 0"),
            new SpecGrade("Third", 0, 3, false, Grade.NotRun),
        }));
        Assert.That((grade.Points, grade.Max), Is.EqualTo((1, 6)));
        Assert.That(grade.Exercises.Select(exercise => (exercise.Id, exercise.Points, exercise.Max)),
            Is.EqualTo(new[] { ("01-one", 1, 3), ("02-two", 0, 3) }));
    }

    [Test]
    public void The_job_summary_shows_the_total_each_exercise_and_each_spec_with_its_message()
    {
        var markdown = Grade.From(Course, TrxResults.Read(Trx), []).ToMarkdown();

        Assert.That(markdown, Is.EqualTo(Lines(
            "## Kata grade: 1 / 6",
            "",
            "| exercise | points |",
            "|---|---|",
            "| 01-one | 1 / 3 |",
            "| 02-two | 0 / 3 |",
            "",
            "| exercise | spec | points | message |",
            "|---|---|---|---|",
            "| 01-one | First | 1 / 1 |  |",
            "| 01-one | Second | 0 / 2 | Expected 10 \\| but was 0 |",
            "| 02-two | Third | 0 / 3 | not run |")));
    }

    [Test]
    public void A_passing_spec_shows_no_message_whatever_its_run_printed() =>
        Assert.That(Grade.From(Course, [new SpecOutcome("First", true, "a line the spec wrote")], []).Exercises[0].Specs[0].Message, Is.Empty);

    [Test]
    public void The_summary_of_code_not_graded_gives_each_line_of_the_reason_then_the_table_then_the_changed_files()
    {
        var why = new NotGraded(NotGraded.DidNotBuild, "Sum.cs(3,9): error CS1002: ; expected\n\n   Sum.cs(4,1): error CS1513: } expected  ");

        var markdown = Grade.Failed(Course, why, ["exercises.json (changed)"]).ToMarkdown();

        Assert.That(markdown, Is.EqualTo(Lines(
            "## Kata grade: 0 / 6",
            "",
            "Not graded (did not build):",
            "",
            "- Sum.cs(3,9): error CS1002: ; expected",
            "- Sum.cs(4,1): error CS1513: } expected",
            "",
            "| exercise | points |",
            "|---|---|",
            "| 01-one | 0 / 3 |",
            "| 02-two | 0 / 3 |",
            "",
            "| exercise | spec | points | message |",
            "|---|---|---|---|",
            "| 01-one | First | 0 / 1 | Sum.cs(3,9): error CS1002: ; expected |",
            "| 01-one | Second | 0 / 2 | Sum.cs(3,9): error CS1002: ; expected |",
            "| 02-two | Third | 0 / 3 | Sum.cs(3,9): error CS1002: ; expected |",
            "",
            "Changed outside `Kata/Exercises/` (reported, not used for grading):",
            "",
            "- exercises.json (changed)")));
    }

    [Test]
    public void Tampered_files_are_listed_in_the_summary_and_the_json()
    {
        var grade = Grade.From(Course, TrxResults.Read(Trx), ["exercises.json (changed)"]);

        Assert.That(grade.ToMarkdown(), Does.Contain("Changed outside `Kata/Exercises/`").And.Contain("- exercises.json (changed)"));
        using var json = JsonDocument.Parse(grade.ToJson());
        Assert.That(json.RootElement.GetProperty("tampered")[0].GetString(), Is.EqualTo("exercises.json (changed)"));
        Assert.That(json.RootElement.GetProperty("points").GetInt32(), Is.EqualTo(1));
        Assert.That(json.RootElement.GetProperty("max").GetInt32(), Is.EqualTo(6));
        var second = json.RootElement.GetProperty("exercises")[0].GetProperty("specs")[1];
        Assert.That((second.GetProperty("name").GetString(), second.GetProperty("points").GetInt32(), second.GetProperty("max").GetInt32(), second.GetProperty("passed").GetBoolean()),
            Is.EqualTo(("Second", 0, 2, false)));
    }

    [Test]
    public void Learner_made_text_cannot_break_out_of_its_table_cell()
    {
        var grade = Grade.From(Course, TrxResults.Read(Trx), ["x`\n## Kata grade: 6 / 6\n| forged | row (added)"]);

        Assert.That(grade.ToMarkdown(), Does.Contain("- x' ## Kata grade: 6 / 6 \\| forged \\| row (added)"));
        Assert.That(grade.ToMarkdown().Split('\n').Count(line => line.StartsWith("## ", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    [Test]
    public void Code_that_does_not_build_grades_0_with_the_first_error_on_every_spec_and_all_of_them_above_the_table()
    {
        var why = new NotGraded(NotGraded.DidNotBuild, "Kata/Exercises/01/Sum.cs(3,9): error CS1002: ; expected\nKata/Exercises/01/Sum.cs(4,1): error CS1513: } expected");

        var grade = Grade.Failed(Course, why, ["a (changed)"]);

        var first = "Kata/Exercises/01/Sum.cs(3,9): error CS1002: ; expected";
        Assert.That(grade.Exercises.SelectMany(exercise => exercise.Specs).Select(spec => (spec.Points, spec.Max, spec.Passed, spec.Message)),
            Is.EqualTo(new[] { (0, 1, false, first), (0, 2, false, first), (0, 3, false, first) }));
        Assert.That((grade.Status, grade.Reason), Is.EqualTo((NotGraded.DidNotBuild, why.Message)));
        Assert.That(grade.Tampered, Is.EqualTo(new[] { "a (changed)" }));
        Assert.That(grade.ToMarkdown(), Does.Contain("Not graded (did not build):" + Environment.NewLine + Environment.NewLine
            + $"- {first}" + Environment.NewLine + "- Kata/Exercises/01/Sum.cs(4,1): error CS1513: } expected" + Environment.NewLine));
        using var json = JsonDocument.Parse(grade.ToJson());
        Assert.That((json.RootElement.GetProperty("status").GetString(), json.RootElement.GetProperty("reason").GetString()), Is.EqualTo((NotGraded.DidNotBuild, why.Message)));
    }

    [Test]
    public void A_spec_that_neither_passed_nor_failed_is_undecided_and_is_run_once_more_alone()
    {
        var first = TrxResults.Read("""
            <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><Results>
            <UnitTestResult testName="First" outcome="Passed" /><UnitTestResult testName="Second" outcome="NotExecuted" />
            <UnitTestResult testName="Third" outcome="Inconclusive" /><UnitTestResult testName="Fourth" outcome="Failed" />
            </Results></TestRun>
            """);
        var again = TrxResults.Read("""<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><Results><UnitTestResult testName="Second" outcome="Passed" /></Results></TestRun>""");

        Assert.That(TrxResults.Undecided(first), Is.EqualTo(new[] { "Second", "Third" }));
        Assert.That(TrxResults.Again(first, again).Select(outcome => (outcome.Name, outcome.Passed, outcome.Decided)),
            Is.EquivalentTo(new[] { ("First", true, true), ("Second", true, true), ("Third", false, false), ("Fourth", false, true) }));
    }

    [Test]
    public void A_spec_still_undecided_after_its_second_run_is_not_graded_and_never_costs_its_points()
    {
        var grade = Grade.From(Course, [
            new SpecOutcome("First", true, ""),
            new SpecOutcome("Second", false, "did not return within 10 s of real time, and nothing was running", Decided: false),
            new SpecOutcome("Third", false, "Expected 3"),
        ], []);

        Assert.That(grade.Exercises[0].Specs[1], Is.EqualTo(new SpecGrade("Second", 0, 2, false,
            "not graded: timed out on this machine (did not return within 10 s of real time, and nothing was running)", Undecided: true)));
        Assert.That((grade.Points, grade.Max, grade.Exercises[0].Max), Is.EqualTo((1, 4, 1)));
        Assert.That((grade.Status, grade.Reason), Is.EqualTo((Grade.TimedOutHere, "not graded: timed out on this machine, twice: Second")));
        Assert.That(grade.ToMarkdown(), Does.Contain("Some specs not graded (timed out on this machine):"));
        var row = Gradebook.FromJson(Gradebook.ToJson([new GradebookRow(new LearnerRepository("x"), "", null, "", grade)]))[0];
        Assert.That((row.Grade.Points, row.Grade.Max, row.Grade.Status), Is.EqualTo((1, 4, Grade.TimedOutHere)), "a merged gradebook keeps the spec out of the maximum");
    }

    [Test]
    public void A_graded_run_says_so_and_shows_no_reason()
    {
        var grade = Grade.From(Course, TrxResults.Read(Trx), []);

        Assert.That((grade.Status, grade.Reason), Is.EqualTo((Grade.Graded, "")));
        Assert.That(grade.ToMarkdown(), Does.Not.Contain("Not graded"));
    }

    [Test]
    public void The_classroom_result_is_the_base64_json_that_autograding_grading_reporter_reads()
    {
        var encoded = Grade.From(Course, TrxResults.Read(Trx), []).ToClassroomResult();

        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(encoded)));
        var root = json.RootElement;
        Assert.That((root.GetProperty("version").GetInt32(), root.GetProperty("status").GetString(), root.GetProperty("max_score").GetInt32()),
            Is.EqualTo((1, "fail", 6)));
        var tests = root.GetProperty("tests").EnumerateArray().Select(test =>
            (test.GetProperty("name").GetString(), test.GetProperty("status").GetString(), test.GetProperty("score").GetInt32(), test.GetProperty("line_no").GetInt32())).ToList();
        Assert.That(tests, Is.EqualTo(new[] { ("01-one: First", "pass", 1, 0), ("01-one: Second", "fail", 0, 0), ("02-two: Third", "fail", 0, 0) }));
    }

    [Test]
    public void Full_marks_are_a_pass_for_the_reporter()
    {
        const string allPass = """
            <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><Results>
            <UnitTestResult testName="First" outcome="Passed" /><UnitTestResult testName="Second" outcome="Passed" /><UnitTestResult testName="Third" outcome="Passed" />
            </Results></TestRun>
            """;

        var encoded = Grade.From(Course, TrxResults.Read(allPass), []).ToClassroomResult();

        using var json = JsonDocument.Parse(Convert.FromBase64String(encoded));
        Assert.That(json.RootElement.GetProperty("status").GetString(), Is.EqualTo("pass"));
    }

    private static string Lines(params string[] lines) => string.Concat(lines.Select(line => line + Environment.NewLine));
}
