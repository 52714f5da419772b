namespace Kata.Tools.Tests.Course;

/// <summary>How a child process that ran learner code ended, told from its exit code and error output.</summary>
[TestFixture]
[Category("machinery")]
[EnglishMessages]
public sealed class CrashSpecs
{
    [Test]
    public void A_stack_overflow_is_named_as_such()
    {
        var crash = Crash.Classify(134, "Stack overflow.\n   at Kata.Exercises.Boom(Int32)\n");

        Assert.That((crash.Kind, crash.Detail), Is.EqualTo((CrashKind.StackOverflow, "")));
        Assert.That(crash.Reason, Does.StartWith("a stack overflow: a method calls itself without end"));
    }

    [Test]
    public void An_unhandled_exception_keeps_the_first_three_lines_of_the_error_output()
    {
        var crash = Crash.Classify(134, "Unhandled exception. System.FormatException: bad\n\n   at A()\n   at B()\n   at C()\n");

        Assert.That(crash.Kind, Is.EqualTo(CrashKind.UnhandledException));
        Assert.That(crash.Detail, Is.EqualTo(string.Join(Environment.NewLine, "Unhandled exception. System.FormatException: bad", "   at A()", "   at B()")));
    }

    [Test]
    public void A_fail_fast_is_named_with_its_message()
    {
        var crash = Crash.Classify(134, "Process terminated. gave up\n");

        Assert.That((crash.Kind, crash.Detail), Is.EqualTo((CrashKind.FailFast, "Process terminated. gave up")));
    }

    [Test]
    public void Any_other_end_is_an_exit_with_its_code()
    {
        var crash = Crash.Classify(3, "");

        Assert.That((crash.Kind, crash.Detail), Is.EqualTo((CrashKind.Exit, "3")));
        Assert.That(crash.Reason, Does.Contain("Environment.Exit(3)"));
    }

    [Test]
    public void A_busy_spin_names_the_seconds_it_was_given()
    {
        Assert.That(new Crash(CrashKind.BusySpin, TimeSpan.FromSeconds(4.6), "").Reason, Does.Contain("used 5 s of processor time"));
        Assert.That(new Crash(CrashKind.BusySpin, null, "").Reason, Does.Contain("used 0 s of processor time"));
    }
}
