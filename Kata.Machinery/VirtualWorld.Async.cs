using Kata.Text;

namespace Kata.Machinery;

/// <summary>The world's bridge to async programs: an event loop on the calling thread, whose clock is the loop's.</summary>
internal sealed partial class VirtualWorld
{
    private EventLoop? running;

    /// <summary>What the event loop of the last async program saw; null if the world ran none.</summary>
    public LoopReport? Loop { get; private set; }

    /// <summary>True while the world's event loop has nothing of its own to run and waits for work from outside the kata's clock.</summary>
    public bool LoopWaitsOutside => running?.WaitsOutside == true;

    /// <summary>Runs the program on an event loop on the calling thread, whose clock is the loop's.</summary>
    public override void Run(Func<Task> program)
    {
        var current = CurrentTimeline;
        var loop = new EventLoop(threading.Choose, () => current.Elapsed, moment =>
        {
            if (moment > MaxElapsed)
            {
                throw new RunawayException(Language.Format(Messages.LoopRunawayTime, MaxElapsed.TotalMinutes));
            }

            current.Elapsed = moment;
        });
        running = loop;
        try
        {
            loop.Run(program);
        }
        finally
        {
            Loop = loop.Report;
            running = null;
        }
    }
}
