namespace Kata.Tools.Tests.Course;

/// <summary>
/// Learner code is waited for by the processor time it uses, never by how long a busy machine takes: these specs feed
/// the watch made-up processor times, so no spec here waits for anything real.
/// </summary>
[TestFixture]
[Category("machinery")]
public sealed class ProcessorWatchSpecs
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Test]
    public void Code_that_ends_has_returned_with_the_most_processor_time_seen()
    {
        var readings = new Queue<TimeSpan>([TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(100)]);
        var polls = 0;

        var outcome = new ProcessorWatch(Second, Second).Wait(() => readings.Dequeue(), _ => ++polls > 2);

        Assert.That(outcome, Is.EqualTo(new ProcessorWatch.Outcome(ProcessorWatch.Ending.Returned, TimeSpan.FromMilliseconds(300))));
    }

    [Test]
    public void Code_whose_threads_use_the_whole_budget_has_spun()
    {
        var outcome = new ProcessorWatch(Second, TimeSpan.FromHours(1)).Wait(() => Second, _ => false);

        Assert.That(outcome, Is.EqualTo(new ProcessorWatch.Outcome(ProcessorWatch.Ending.Spun, Second)));
    }

    [Test]
    public void Code_that_uses_no_processor_for_the_backstop_has_stalled()
    {
        var outcome = new ProcessorWatch(Second, TimeSpan.Zero).Wait(() => TimeSpan.Zero, _ => false);

        Assert.That(outcome.Ending, Is.EqualTo(ProcessorWatch.Ending.Stalled));
    }

    [Test]
    public void Code_that_keeps_running_never_stalls_however_long_it_takes_and_spins_at_its_budget()
    {
        var used = TimeSpan.Zero;

        // With no backstop at all, only code that uses no processor between two looks could stall.
        var outcome = new ProcessorWatch(Second, TimeSpan.Zero).Wait(() => used += TimeSpan.FromMilliseconds(25), _ => false);

        Assert.That(outcome.Ending, Is.EqualTo(ProcessorWatch.Ending.Spun));
        Assert.That(outcome.ProcessorTime, Is.GreaterThanOrEqualTo(Second));
    }

    [Test]
    public void A_trickle_of_processor_time_below_running_is_a_stall()
    {
        var used = TimeSpan.Zero;

        var outcome = new ProcessorWatch(Second, TimeSpan.Zero).Wait(() => used += TimeSpan.FromMilliseconds(1), _ => false);

        Assert.That(outcome.Ending, Is.EqualTo(ProcessorWatch.Ending.Stalled));
    }
}
