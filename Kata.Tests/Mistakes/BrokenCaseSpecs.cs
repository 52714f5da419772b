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
    public void One_child_probes_subjects_in_order_and_names_the_one_it_crashed_on()
    {
        // A long backstop: nothing here waits, and a child that exits beside other test runs may close its output late.
        using var child = new ProbeChild(["fine", "environment-exit", "fine-again"], new ProcessorWatch(Short.Probe.Budget, TimeSpan.FromSeconds(10)));

        Assert.That(child.ResultOf("fine"), Is.EqualTo(new ProbeResult(true, null)));
        Assert.That(child.ResultOf("environment-exit").Crash?.Kind, Is.EqualTo(CrashKind.Exit));
        Assert.That(child.ResultOf("fine-again"), Is.EqualTo(new ProbeResult(false, null)), "never reached: a child of its own probes it");
        Assert.That(child.Probes("fine-again"), Is.False);
    }

    [Test]
    public void A_child_stalled_on_a_spin_is_ended_and_the_spin_named()
    {
        using var child = new ProbeChild(["busy-spin", "fine"], Short.Probe);

        Assert.That(child.ResultOf("busy-spin").Crash?.Kind, Is.EqualTo(CrashKind.BusySpin));
        Assert.That(child.ResultOf("fine").Reached, Is.False);
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
