using System.Globalization;
using System.Text.Json;
using Kata.Classroom;

namespace Kata.Tools.Tests.Classroom;

/// <summary>The gradebook's terms (student, section, commit and its time, deadline, lateness, template commit) and the merge of regrades and sections.</summary>
[TestFixture]
[Category("machinery")]
public sealed class GradebookTermsSpecs
{
    private const string Template = "9f8e7d6c5b4a39281706f5e4d3c2b1a098765432";

    private static readonly GradebookRow Alice = Row("alice", "A", "2026-12-03T23:59:00+09:00", "2026-12-02T20:00:00+09:00", 3);

    private static readonly GradebookRow Dave = Row("dave", "B", "2026-12-01T23:59:00+09:00", "2026-12-03T02:29:00+09:00", 0);

    [Test]
    public void Each_row_names_the_student_the_section_the_commit_its_time_the_deadline_how_late_and_the_template_commit()
    {
        var csv = Gradebook.ToCsv([Alice, Dave]).Split(Environment.NewLine);

        Assert.That(csv[0], Is.EqualTo("student,section,commit,commit time,deadline,late,template commit,status,reason,01-one,total,max,tampered"));
        Assert.That(csv[1], Is.EqualTo($"alice,A,{Commit("alice")},2026-12-02T20:00:00+09:00,2026-12-03T23:59:00+09:00,0:00:00,{Template},graded,,3,3,3,"));
        Assert.That(csv[2], Is.EqualTo($"dave,B,{Commit("dave")},2026-12-03T02:29:00+09:00,2026-12-01T23:59:00+09:00,26:30:00,{Template},graded,,0,0,3,"));
    }

    [Test]
    public void A_student_with_no_deadline_or_no_commit_time_has_an_empty_late_cell()
    {
        var undated = Alice with { Learner = Alice.Learner with { Deadline = null } };
        var unfetched = Alice with { Commit = "", CommitTime = null };

        Assert.That(Cells(undated)[3..6], Is.EqualTo(new[] { "2026-12-02T20:00:00+09:00", "", "" }));
        Assert.That(Cells(unfetched)[2..6], Is.EqualTo(new[] { "", "", "2026-12-03T23:59:00+09:00", "" }));
    }

    [Test]
    public void The_markdown_names_the_template_commit_and_each_students_section_commit_and_lateness()
    {
        var markdown = Gradebook.ToMarkdown([Alice, Dave]).Split(Environment.NewLine);

        Assert.That(markdown[0], Is.EqualTo($"Graded on the template at {Template}."));
        Assert.That(markdown[2], Is.EqualTo("| student | section | 01-one | total | commit | late | status | tampered |"));
        Assert.That(markdown[5], Is.EqualTo($"| dave | B | 0 / 3 | 0 / 3 | {Commit("dave")[..7]} | 26:30:00 | graded | — |"));
    }

    [Test]
    public void The_json_carries_the_same_terms_and_reads_back_as_it_was()
    {
        using var json = JsonDocument.Parse(Gradebook.ToJson([Dave]));
        var dave = json.RootElement[0];

        Assert.That(new[] { "student", "section", "commit", "commitTime", "deadline", "late", "templateCommit" }.Select(name => dave.GetProperty(name).GetString()),
            Is.EqualTo(new[] { "dave", "B", Commit("dave"), "2026-12-03T02:29:00+09:00", "2026-12-01T23:59:00+09:00", "26:30:00", Template }));
        Assert.That(Gradebook.ToCsv(Gradebook.FromJson(Gradebook.ToJson([Alice, Dave]))), Is.EqualTo(Gradebook.ToCsv([Alice, Dave])));
    }

    [Test]
    public void A_regrade_merged_in_takes_the_place_of_the_students_old_row()
    {
        var regraded = Row("dave", "B", "2026-12-04T23:59:00+09:00", "2026-12-03T20:00:00+09:00", 3);
        var carol = Row("carol", "A", "2026-12-01T23:59:00+09:00", "2026-12-01T20:00:00+09:00", 1);

        var merged = Gradebook.Merge([("grades", [Alice, Dave, carol]), ("regrade", [regraded])]);

        Assert.That(merged, Is.EqualTo(new[] { Alice, carol, regraded }));
    }

    [Test]
    public void Sections_graded_apart_merge_into_the_gradebook_of_one_run_over_the_class()
    {
        var bob = Row("bob", "B", "2026-12-01T23:59:00+09:00", "2026-12-01T22:00:00+09:00", 2);
        var carol = Row("carol", "A", "2026-12-01T23:59:00+09:00", "2026-12-01T20:00:00+09:00", 1);
        var wholeClass = Gradebook.InStudentOrder([Dave, carol, Alice, bob]);

        var merged = Gradebook.Merge([("section B", Gradebook.InStudentOrder([bob, Dave])), ("section A", Gradebook.InStudentOrder([carol, Alice]))]);

        Assert.That(Gradebook.ToCsv(merged), Is.EqualTo(Gradebook.ToCsv(wholeClass)));
        Assert.That(Gradebook.ToMarkdown(merged), Is.EqualTo(Gradebook.ToMarkdown(wholeClass)));
        Assert.That(wholeClass.Select(row => row.Learner.Name), Is.EqualTo(new[] { "alice", "bob", "carol", "dave" }));
    }

    [Test]
    public void Parts_graded_on_different_template_commits_are_refused_with_each_commit_and_its_parts()
    {
        var older = Dave with { TemplateCommit = "0123456" };
        var unversioned = Alice with { TemplateCommit = "" };

        Assert.That(() => Gradebook.Merge([("a/gradebook.json", [Alice]), ("b/gradebook.json", [older]), ("c/gradebook.json", [Alice, unversioned])]),
            Throws.InvalidOperationException.With.Message.EqualTo("The parts were graded on different template commits, so their points do not compare: "
                + $"{Template} in a/gradebook.json, c/gradebook.json; 0123456 in b/gradebook.json; no commit (not a git checkout) in c/gradebook.json. "
                + "Grade them again on one commit (gradebook --commit)."));
    }

    [Test]
    public void Parts_without_rows_have_no_template_to_disagree_with() =>
        Assert.That(Gradebook.Merge([("empty", []), ("grades", [Dave])]), Is.EqualTo(new[] { Dave }));

    private static string[] Cells(GradebookRow row) => Gradebook.ToCsv([row]).Split(Environment.NewLine)[1].Split(',');

    private static string Commit(string student) => string.Concat(Enumerable.Repeat(Convert.ToHexStringLower(System.Text.Encoding.ASCII.GetBytes(student)), 10))[..40];

    private static GradebookRow Row(string student, string section, string deadline, string committed, int points) =>
        new(new LearnerRepository($"../{student}", Student: student, Section: section, Deadline: Time(deadline)), Commit(student), Time(committed), Template,
            new Grade([new ExerciseGrade("01-one", [new SpecGrade("First", points, 3, points == 3, "")])], []));

    private static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
