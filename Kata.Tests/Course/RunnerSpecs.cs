using Kata.Machinery;

namespace Kata.Tests.Course;

[TestFixture]
[Category("machinery")]
[EnglishMessages]
public sealed class RunnerSpecs
{
    private static readonly Dictionary<string, Action> Programs = new()
    {
        ["late-first"] = () =>
        {
            var late = new Printer("late", TimeSpan.FromSeconds(2));
            late.Start();
            Clock.Sleep(TimeSpan.FromSeconds(1));
            Output.Print("main at 1");
            late.Join();
        },
        ["thread-stub"] = () =>
        {
            var thread = new Printer("T", TimeSpan.FromSeconds(1), new NotImplementedException("Thread work not written yet."));
            thread.Start();
            thread.Join();
            Output.Print("joined");
        },
        ["stub"] = () =>
        {
            Output.Print("before the stub");
            throw new NotImplementedException("Exercise not written yet. Read docs/en/x.md.");
        },
    };

    [TestCase(TestName = "Without_an_exercise_it_shows_the_usage_and_the_exercises")]
    [TestCase("no-such-exercise", TestName = "An_unknown_exercise_shows_the_usage_and_the_exercises")]
    [TestCase("late-first", "stub", TestName = "Two_exercises_at_once_show_the_usage_and_the_exercises")]
    public void Usage(params string[] args)
    {
        var (exitCode, output, errors) = Run(args);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(output, Is.Empty);
        Assert.That(errors, Does.StartWith(
            "usage: dotnet run --project Kata -- <exercise> [--virtual]" + Environment.NewLine +
            "  --virtual  run on virtual time: no waiting, each line shows the second it was printed" + Environment.NewLine +
            Environment.NewLine));
        Assert.That(errors, Does.Contain($"  {Manifest.Exercises[0].Id,-22} {Manifest.Exercises[0].Title.En}"));
    }

    [Test]
    public void On_virtual_time_the_lines_are_listed_by_their_second_then_the_time_taken()
    {
        var (exitCode, output, errors) = Run("late-first", "--virtual");

        Assert.That(exitCode, Is.Zero);
        Assert.That(errors, Is.Empty);
        Assert.That(output, Is.EqualTo(Lines(" +1s  main at 1", " +2s  late", "(2 s of virtual time)")));
    }

    [Test]
    public void An_unwritten_exercise_says_where_to_read_and_keeps_what_was_printed()
    {
        var (exitCode, output, errors) = Run("--virtual", "stub");

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(errors, Is.EqualTo(Lines("Exercise not written yet. Read docs/en/x.md.")));
        Assert.That(output, Is.EqualTo(Lines(" +0s  before the stub", "(0 s of virtual time)")));
    }

    [Test]
    public void On_virtual_time_an_exception_that_ended_a_thread_is_shown_and_fails_the_run()
    {
        var (exitCode, output, errors) = Run("thread-stub", "--virtual");

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(errors, Is.EqualTo(Lines("Exception in thread T: Thread work not written yet.")));
        Assert.That(output, Is.EqualTo(Lines(" +1s  joined", "(1 s of virtual time)")));
    }

    [Test]
    public void In_real_time_the_program_prints_to_the_output_as_it_goes()
    {
        var (exitCode, output, errors) = Run("stub");

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Is.EqualTo(Lines("before the stub")));
        Assert.That(errors, Is.EqualTo(Lines("Exercise not written yet. Read docs/en/x.md.")));
    }

    private static (int ExitCode, string Output, string Errors) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = Runner.Run(args, Programs, output, errors);
        return (exitCode, output.ToString(), errors.ToString());
    }

    private static string Lines(params string[] lines) => string.Concat(lines.Select(line => line + Environment.NewLine));

    private sealed class Printer(string text, TimeSpan delay, Exception? failure = null) : KataThread(text)
    {
        protected override void Run()
        {
            Clock.Sleep(delay);
            if (failure is not null)
            {
                throw failure;
            }

            Output.Print(Name);
        }
    }
}
