using Kata.Classroom;
using static Kata.Tools.Tests.Classroom.UsageAssert;

namespace Kata.Tools.Tests.Classroom;

/// <summary>Kata.Classroom's command line: the usage it shows, grading a trx file, and every instructor option in both guides.</summary>
[TestFixture]
[Category("machinery")]
public sealed class CommandLineSpecs : InAFreshFolder
{
    [Test]
    public void Without_a_command_the_usage_is_shown() => AssertUsage("Grading, the gradebook and the learner edition of the kata.");

    [Test]
    public void A_command_without_its_options_shows_the_usage() => AssertUsage("--learner", "trusted", "--template", "x");

    [Test]
    public void Late_days_are_none_or_more() =>
        AssertUsage("--late-days must be 0 or more.", "gradebook", "--template", "t", "--learners", "l", "--out", "o", "--late-days", "-1");

    [Test]
    public void A_deadline_without_its_offset_is_refused() =>
        AssertUsage("--deadline 2026-12-01T23:59 has no offset from UTC", "gradebook", "--template", "t", "--learners", "l", "--out", "o", "--deadline", "2026-12-01T23:59");

    [Test]
    public void A_deadline_that_is_no_time_is_named() =>
        AssertUsage("--deadline tomorrow is not a time such as 2026-12-01T23:59:00+09:00.", "gradebook", "--template", "t", "--learners", "l", "--out", "o", "--deadline", "tomorrow");

    [Test]
    public void A_missing_results_file_is_one_line_on_the_error_output_and_exit_code_1()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        Assert.That(Commands.Run(["grade", "--trx", Path.Combine(Root, "missing.trx")], output, errors), Is.EqualTo(1));
        Assert.That(errors.ToString(), Does.Contain("missing.trx").And.Not.Contain("   at "));
    }

    [Test]
    public void Grading_a_trx_prints_the_points_and_writes_the_summary_json_and_classroom_output()
    {
        var trx = Path.Combine(Root, "run.trx");
        File.WriteAllText(trx, """<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><Results><UnitTestResult testName="Sum_A_from_1_to_5_returns_10" outcome="Passed" /></Results></TestRun>""");
        var (summary, json, githubOutput) = (Path.Combine(Root, "summary.md"), Path.Combine(Root, "grade.json"), Path.Combine(Root, "output"));
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

    [TestCase("gradebook")]
    [TestCase("fetch")]
    [TestCase("merge")]
    [TestCase("parts")]
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
}
