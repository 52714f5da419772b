using System.Globalization;
using Kata.Classroom;

namespace Kata.Tools.Tests.Classroom;

/// <summary>The learners file: identities, sections and extensions per line; the selections of a regrade, a TA and a job; deadlines and lateness.</summary>
[TestFixture]
[Category("machinery")]
public sealed class LearnersFileSpecs
{
    [Test]
    public void A_line_carries_the_student_the_section_and_an_extension_after_the_repository()
    {
        var learner = LearnerRepository.Parse("https://github.com/org/kata-alice.git@0a1b2c3 student=alice section=A deadline=2026-12-03T23:59:00+09:00");

        Assert.That(learner, Is.EqualTo(new LearnerRepository("https://github.com/org/kata-alice.git", "0a1b2c3", "alice", "A", Time("2026-12-03T23:59:00+09:00"))));
        Assert.That(learner.Name, Is.EqualTo("alice"));
    }

    [Test]
    public void Fields_come_in_any_order_and_spaces_or_tabs_between_them()
    {
        Assert.That(LearnerRepository.Parse("  ../bob\tdeadline=2026-12-02T12:00:00Z   section=B student=bob "),
            Is.EqualTo(new LearnerRepository("../bob", null, "bob", "B", Time("2026-12-02T12:00:00+00:00"))));
    }

    [Test]
    public void A_line_of_the_repository_alone_names_the_student_after_the_repository()
    {
        var learner = LearnerRepository.Parse("https://github.com/org/kata-carol.git");

        Assert.That((learner.Name, learner.Section, learner.Deadline), Is.EqualTo(("org/kata-carol", "", (DateTimeOffset?)null)));
    }

    [TestCase("../a section=", "section= has no value.")]
    [TestCase("../a student=a student=b", "student= is given twice.")]
    [TestCase("../a sectoin=A", "\"sectoin=A\" is not a field: after the repository come student=, section=, deadline=, each as name=value without spaces.")]
    [TestCase("../a alice", "\"alice\" is not a field: after the repository come student=, section=, deadline=, each as name=value without spaces.")]
    [TestCase("../a =alice", "\"=alice\" is not a field: after the repository come student=, section=, deadline=, each as name=value without spaces.")]
    [TestCase("../a Student=alice", "\"Student=alice\" is not a field: after the repository come student=, section=, deadline=, each as name=value without spaces.")]
    [TestCase("../a deadline=friday", "deadline=friday is not a time such as 2026-12-01T23:59:00+09:00.")]
    [TestCase("../a deadline=2026-12-01T23:59:00",
        "deadline=2026-12-01T23:59:00 has no offset from UTC: write it as 2026-12-01T23:59:00+09:00 (Z for UTC), so that it is the same moment on every machine.")]
    public void A_line_that_does_not_read_is_named_with_its_number_and_why(string line, string why)
    {
        Assert.That(() => LearnerRepository.ParseAll(["# section A", line]), Throws.InstanceOf<FormatException>().With.Message.EqualTo($"line 2: {why}"));
    }

    [Test]
    public void An_empty_line_names_no_learner() =>
        Assert.That(() => LearnerRepository.Parse(" \t "), Throws.InstanceOf<FormatException>().With.Message.EqualTo("An empty line names no learner."));

    [Test]
    public void A_student_on_two_lines_is_named_with_both_lines()
    {
        Assert.That(() => LearnerRepository.ParseAll(["../a student=alice", "../b", "", "../c student=alice"]),
            Throws.InstanceOf<FormatException>().With.Message.EqualTo("student alice is on lines 1 and 4: one line per student."));
        Assert.That(() => LearnerRepository.ParseAll(["https://h/org/x.git", "../y student=org/x"]),
            Throws.InstanceOf<FormatException>().With.Message.EqualTo("student org/x is on lines 1 and 2: one line per student."), "the name a line without student= gets counts too");
    }

    [Test]
    public void A_regrade_takes_the_students_named_and_a_ta_the_students_of_their_section()
    {
        var learners = LearnerRepository.ParseAll(["../a student=alice section=A", "../b student=bob section=B", "../c student=carol section=A", "../dave section=B"]);

        Assert.That(Names(LearnerRepository.Select(learners, ["dave", "alice"], [])), Is.EqualTo(new[] { "alice", "dave" }), "in the file's order");
        Assert.That(Names(LearnerRepository.Select(learners, [], ["A"])), Is.EqualTo(new[] { "alice", "carol" }));
        Assert.That(Names(LearnerRepository.Select(learners, ["bob", "carol"], ["B"])), Is.EqualTo(new[] { "bob" }), "both filters hold");
        Assert.That(Names(LearnerRepository.Select(learners, [], [])), Is.EqualTo(new[] { "alice", "bob", "carol", "dave" }));
    }

    [Test]
    public void A_student_or_section_the_file_does_not_have_is_an_error_not_an_empty_gradebook()
    {
        var learners = LearnerRepository.ParseAll(["../a student=alice section=A", "../b student=bob section=B"]);

        Assert.That(() => LearnerRepository.Select(learners, ["alice", "zed"], ["C"]),
            Throws.InstanceOf<FormatException>().With.Message.EqualTo("The learners file has no student zed, no section C."));
        Assert.That(() => LearnerRepository.Select(learners, ["alice"], ["B"]),
            Throws.InstanceOf<FormatException>().With.Message.EqualTo("No student of the learners file is both among alice and in section B."));
    }

    [Test]
    public void An_empty_learners_file_names_nobody_and_selects_nobody() =>
        Assert.That(LearnerRepository.Select(LearnerRepository.ParseAll(["# nobody yet", ""]), [], []), Is.Empty);

    [Test]
    public void The_jobs_of_gradebook_yml_are_dealt_the_learners_in_turn()
    {
        var learners = LearnerRepository.ParseAll(["../a", "../b", "../c", "../d", "../e"]);

        Assert.That(Names(LearnerRepository.Part(learners, 0, 2)), Is.EqualTo(new[] { "a", "c", "e" }));
        Assert.That(Names(LearnerRepository.Part(learners, 1, 2)), Is.EqualTo(new[] { "b", "d" }));
        Assert.That(Names(LearnerRepository.Part(learners, 0, 1)), Is.EqualTo(new[] { "a", "b", "c", "d", "e" }));
    }

    [TestCase("../a")]
    [TestCase("https://github.com/org/kata-alice.git@0a1b2c3 student=alice section=A deadline=2026-12-03T23:59:00+09:00")]
    [TestCase("/tmp/x/000@0123456789abcdef0123456789abcdef01234567 student=org/kata-bob deadline=2026-12-01T14:59:00+00:00")]
    public void A_learner_written_as_a_line_reads_back_as_it_was(string line)
    {
        var learner = LearnerRepository.Parse(line);

        Assert.That(learner.ToLine(), Is.EqualTo(line));
        Assert.That(LearnerRepository.Parse(learner.ToLine()), Is.EqualTo(learner));
    }

    [Test]
    public void A_learner_that_a_line_cannot_hold_is_refused_rather_than_written_wrong()
    {
        Assert.That(() => new LearnerRepository("/tmp/my clones/a").ToLine(),
            Throws.InstanceOf<FormatException>().With.Message.EqualTo("/tmp/my clones/a: a learners line cannot hold a space or an empty repository."));
        Assert.That(() => new LearnerRepository("../a", Student: "Ada Lovelace").ToLine(), Throws.InstanceOf<FormatException>());
        Assert.That(() => new LearnerRepository("", Student: "ada").ToLine(), Throws.InstanceOf<FormatException>());
    }

    [TestCase("2026-12-01T23:59:00+09:00", "2026-12-01T14:59:00Z")]
    [TestCase("2026-12-01T14:59:00Z", "2026-12-01T14:59:00Z")]
    [TestCase("2026-12-01T14:59:00z", "2026-12-01T14:59:00Z")]
    [TestCase("2026-12-01T23:59+0900", "2026-12-01T14:59:00Z")]
    public void A_deadline_is_a_moment_written_with_its_offset(string text, string utc)
    {
        Assert.That(Times.Parse(text, "x").UtcDateTime, Is.EqualTo(DateTime.Parse(utc, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal)));
    }

    [Test]
    public void A_time_is_written_with_its_own_offset() =>
        Assert.That((Times.Text(Time("2026-12-02T20:00:00+09:00")), Times.Text((DateTimeOffset?)null)), Is.EqualTo(("2026-12-02T20:00:00+09:00", "")));

    [TestCase("2026-12-03T02:29:00+09:00", "26:30:00")]
    [TestCase("2026-12-02T00:00:01+09:00", "0:01:01")]
    [TestCase("2026-12-01T23:59:00+09:00", "0:00:00")]
    [TestCase("2026-12-01T23:58:59+09:00", "0:00:00")]
    [TestCase("2026-12-01T14:59:01Z", "0:00:01")]
    [TestCase("2026-12-12T00:00:00+09:00", "240:01:00")]
    public void Late_is_the_hours_minutes_and_seconds_after_the_deadline_and_zero_before_it(string committed, string late)
    {
        Assert.That(Times.Text(Times.Late(Time(committed), Time("2026-12-01T23:59:00+09:00"))), Is.EqualTo(late));
    }

    [Test]
    public void Without_a_deadline_or_a_commit_time_late_is_empty()
    {
        Assert.That(Times.Late(null, Time("2026-12-01T23:59:00+09:00")), Is.Null);
        Assert.That(Times.Late(Time("2026-12-01T23:59:00+09:00"), null), Is.Null);
        Assert.That(Times.Text((TimeSpan?)null), Is.Empty);
    }

    [Test]
    public void The_parts_of_a_matrix_are_one_job_per_chosen_learner_with_each_and_the_number_asked_for_otherwise()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, ["# section A", "../a student=alice section=A", "../b student=bob section=B", "", "../c student=carol section=A"]);

            Assert.That(Parts(file, "--jobs", "each", "--section", "A"), Is.EqualTo((0, "jobs=2\nparts=[0,1]\n")));
            Assert.That(Parts(file, "--jobs", "each"), Is.EqualTo((0, "jobs=3\nparts=[0,1,2]\n")));
            Assert.That(Parts(file, "--jobs", "4", "--student", "bob"), Is.EqualTo((0, "jobs=4\nparts=[0,1,2,3]\n")), "a number is the jobs asked for: the empty ones build nothing");
            Assert.That(Parts(file, "--jobs", "each", "--section", "C"), Is.EqualTo((1, "")), "no learner chosen: no matrix");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [TestCase("0", 3, "--jobs 0: a number from 1 to 256, or each.")]
    [TestCase("257", 3, "--jobs 257: a number from 1 to 256, or each.")]
    [TestCase("four", 3, "--jobs four: a number from 1 to 256, or each.")]
    [TestCase("each", 0, "--jobs each needs 1 to 256 learners, and 0 were chosen.")]
    [TestCase("each", 257, "--jobs each needs 1 to 256 learners, and 257 were chosen.")]
    public void Jobs_a_matrix_cannot_run_are_named(string jobs, int learners, string why) =>
        Assert.That(() => Commands.Jobs(jobs, learners), Throws.InvalidOperationException.With.Message.EqualTo(why));

    private static (int ExitCode, string Output) Parts(string file, params string[] options)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var errors = new StringWriter();
        var exitCode = Commands.Run(["parts", "--learners", file, .. options], output, errors);
        return (exitCode, output.ToString());
    }

    private static string[] Names(IEnumerable<LearnerRepository> learners) => [.. learners.Select(learner => learner.Name)];

    private static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
