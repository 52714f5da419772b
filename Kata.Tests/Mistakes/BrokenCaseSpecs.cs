using Kata.Tests.Support.Containment;
using Kata.Tests.Support.Systematic;

namespace Kata.Tests.Mistakes;

/// <summary>
/// Each broken case ends in one clear failure instead of a hang or a crashed test host. The bounds
/// are passed in (1 s of processor time, and of real time without it, here); the benchmark
/// (<c>dotnet run --project Kata.Benchmark</c>) measures the seconds each case takes under the kata's own bounds.
/// </summary>
[TestFixture]
[Category("machinery")]
[EnglishMessages]
[Category(Category)]
public sealed class BrokenCaseSpecs
{
    /// <summary>Left out of mutation testing (.config/stryker-config.json): these specs wait out their bounds on purpose.</summary>
    public const string Category = "containment";

    private static readonly ContainmentBounds Short = ContainmentBounds.Short(1);

    [TestCaseSource(typeof(BrokenCase), nameof(BrokenCase.All))]
    public void Broken_code_ends_in_one_clear_failure(BrokenCase broken)
    {
        Assert.That(broken.Contain(Short), Does.Contain(broken.Says));
    }

    [TestCase("fine")]
    [TestCase("join-each-other")]
    public void The_crash_probe_leaves_what_does_not_crash_to_the_specs(string subject)
    {
        Assert.That(CrashProbe.Run(subject, Short.Probe), Is.Null);
    }

    [Test]
    public void One_child_probes_subjects_one_after_another_until_one_crashes_it()
    {
        // A long backstop: nothing here waits, and a child that exits beside other test runs may close its output late.
        var watch = new ProcessorWatch(Short.Probe.Budget, TimeSpan.FromSeconds(10));
        using var child = CrashProbe.Child();

        Assert.That(CrashProbe.Probe(child, "fine", watch), Is.Null);
        Assert.That(child.Alive, Is.True, "a subject that does not crash leaves the child for the next");
        Assert.That(CrashProbe.Probe(child, "environment-exit", watch)?.Kind, Is.EqualTo(CrashKind.Exit));
        Assert.That(child.Alive, Is.False, "the crash ended it: a new child probes the next subject");
    }

    [Test]
    public void A_child_stalled_on_a_spin_is_ended_and_the_spin_named()
    {
        using var child = CrashProbe.Child();

        Assert.That(CrashProbe.Probe(child, "busy-spin", Short.Probe)?.Kind, Is.EqualTo(CrashKind.BusySpin));
        Assert.That(child.Alive, Is.False);
    }

    [Test]
    public void A_spinning_thread_under_Coyote_is_reported_as_a_hang()
    {
        var spinner = new BrokenCode.Spinner();
        try
        {
            var exploration = Exploration.Run(() => BrokenCode.StartAndJoin(spinner.Spin), _ => { }, hangAfter: TimeSpan.FromSeconds(2));
            Assert.That(exploration.Failure, Does.Contain("never sleeps"));
        }
        finally
        {
            spinner.Stop();
        }
    }

    [Test]
    public void A_crash_names_its_exercise_and_says_the_other_exercises_still_report()
    {
        var crash = new Crash(CrashKind.StackOverflow, null, "");

        Assert.That(crash.Describe(Manifest.Find("02-thread-subclass")), Does.StartWith(
            "Exercise 02-thread-subclass crashed the test run: a stack overflow").And.Contains("the other exercises still report"));
    }
}
