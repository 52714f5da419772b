using Kata.Classroom;
using static Kata.Tools.Tests.Classroom.UsageAssert;

namespace Kata.Tools.Tests.Classroom;

/// <summary>Where a learner's code comes from: their line in the learners file, the commit a pin or a deadline picks, and fetch.</summary>
[TestFixture]
[Category("machinery")]
public sealed class LearnerRepositorySpecs : InAFreshFolder
{
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

    [TestCase("https://github.com/org/alice.git", true, "org/alice")]
    [TestCase("git@github.com:org/bob.git", true, "org/bob")]
    [TestCase("../clones/carol/", false, "carol")]
    public void Learners_are_local_clones_or_git_urls_named_after_their_repository(string source, bool remote, string name)
    {
        Assert.That((Git.IsRemote(source), Git.Name(source)), Is.EqualTo((remote, name)));
    }

    [Test]
    public void A_deadline_picks_each_learners_last_commit_before_it_and_a_pin_its_own_commit()
    {
        var repository = Path.Combine(Root, "alice");
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
        var repository = Path.Combine(Root, "bob");
        Directory.CreateDirectory(repository);
        RunGit(repository, null, "init", "--quiet");
        Commit(repository, "2026-12-02T10:00:00+09:00", "late");

        Assert.That(() => Git.LastCommitBefore(repository, Time("2026-12-01T00:00:00+09:00")),
            Throws.InstanceOf<NotGraded>().With.Property(nameof(NotGraded.Status)).EqualTo(NotGraded.NothingInTime)
                .And.Message.EqualTo("No commit before 2026-12-01T00:00:00+09:00."));
    }

    [Test]
    public void Fetch_takes_each_learner_at_the_commit_the_gradebook_would_grade_and_writes_their_lines_pinned()
    {
        var alice = Path.Combine(Root, "kata-alice");
        Directory.CreateDirectory(alice);
        RunGit(alice, null, "init", "--quiet");
        var onTime = Commit(alice, "2026-12-02T20:00:00+09:00", "in her extension");
        Commit(alice, "2026-12-06T10:00:00+09:00", "after her late days");
        var bob = Path.Combine(Root, "kata-bob");
        Directory.CreateDirectory(bob);
        RunGit(bob, null, "init", "--quiet");
        var late = Commit(bob, "2026-12-03T02:29:00+09:00", "a day late");
        var learners = Path.Combine(Root, "learners.txt");
        File.WriteAllLines(learners, [$"{alice} student=alice section=A deadline=2026-12-03T23:59:00+09:00", bob, $"{Path.Combine(Root, "gone")} student=carol"]);
        var into = Path.Combine(Root, "taken");
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exitCode = Commands.Run(["fetch", "--learners", learners, "--into", into, "--deadline", "2026-12-01T23:59:00+09:00", "--late-days", "2"], output, errors);

        Assert.That(exitCode, Is.Zero, errors.ToString());
        Assert.That(File.ReadAllLines(Path.Combine(into, "learners.txt")), Is.EqualTo(new[]
        {
            $"{Path.Combine(into, "000")}@{onTime} student=alice section=A deadline=2026-12-03T23:59:00+09:00",
            $"{Path.Combine(into, "001")}@{late} student=kata-bob deadline=2026-12-01T23:59:00+09:00",
            $"{Path.Combine(Root, "gone")} student=carol deadline=2026-12-01T23:59:00+09:00",
        }));
        Assert.That(File.ReadAllText(Path.Combine(into, "000", "work.txt")), Is.EqualTo("in her extension"));
        Assert.That(errors.ToString(), Does.Contain("carol: git clone"), "a learner who could not be taken keeps their line, and the gradebook gives them a row saying why");
    }

    [Test]
    public void Fetch_deals_one_part_of_the_class_and_clones_only_into_an_empty_folder()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var learners = Path.Combine(Root, "learners.txt");
        File.WriteAllLines(learners, ["../a", "../b"]);
        Directory.CreateDirectory(Path.Combine(Root, "full"));
        File.WriteAllText(Path.Combine(Root, "full", "x"), "");

        Assert.That(Commands.Run(["fetch", "--learners", learners, "--into", Path.Combine(Root, "full")], output, errors), Is.EqualTo(1));
        Assert.That(errors.ToString(), Does.Contain("is not empty: fetch clones into an empty folder."));
        AssertUsage("--part 2 --of 2: the part is one of 0 to N - 1, and N is 1 or more.", "fetch", "--learners", learners, "--into", "x", "--part", "2", "--of", "2");
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
        var dated = new Dictionary<string, string?> { ["GIT_AUTHOR_DATE"] = date, ["GIT_COMMITTER_DATE"] = date };
        var git = CliWrap.Cli.Wrap("git").WithArguments(arguments).WithWorkingDirectory(repository)
            .WithEnvironmentVariables(date is null ? new Dictionary<string, string?>() : dated)
            .WithValidation(CliWrap.CommandResultValidation.None).ExecuteAsync().GetAwaiter().GetResult();
        Assert.That(git.ExitCode, Is.Zero, $"git {string.Join(' ', arguments)}");
    }

    private static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
