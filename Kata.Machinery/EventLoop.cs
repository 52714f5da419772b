using Kata.Text;

namespace Kata.Machinery;

/// <summary>
/// Runs an async program on one thread with a virtual clock, the way asyncio's event loop does: awaits
/// come back to the loop as work items, a <see cref="Clock.Delay"/> is a timer on the loop's queue, and
/// when nothing is ready the clock jumps to the next timer due. Items ready together run in the order
/// <paramref name="choose"/> picks (always the first in plain specs, a systematic tester's choice in explored
/// ones). The blocking mistakes of async code are stopped at the call and named: a blocking wait
/// (<c>.Result</c>, <c>.Wait()</c>), and <see cref="Clock.Sleep"/> or (woven, <see cref="Shared.Sleep(int)"/>)
/// <c>Thread.Sleep</c> on the loop thread. No real time is measured: what blocks on something else the kata cannot see
/// leaves a loop thread that uses no processor, for whoever runs the program to report.
/// </summary>
internal sealed class EventLoop : SynchronizationContext
{
    /// <summary>Work items a program may run; the kata's programs run fewer than 100,000 (10,000 sums of four steps).</summary>
    public const int MaxItems = 1_000_000;

    [ThreadStatic]
    private static EventLoop? running;

    private readonly Func<int, int> choose;
    private readonly Func<TimeSpan> now;
    private readonly Action<TimeSpan> advance;
    private readonly List<Action> ready = [];
    private readonly List<Action> foreign = [];
    private readonly PriorityQueue<Action, (TimeSpan Due, long Order)> timers = new();
    private long order;
    private int items;
    private bool inStep;
    private int asyncVoids;
    private int? pendingAtEnd;
    private int mostTimers;
    private volatile bool waitsOutside;

    /// <param name="choose">Picks one of n ready items (0 ≤ result &lt; n).</param>
    /// <param name="now">The loop thread's virtual clock.</param>
    /// <param name="advance">Moves that clock forward to a timer's moment.</param>
    public EventLoop(Func<int, int> choose, Func<TimeSpan> now, Action<TimeSpan> advance)
    {
        this.choose = choose;
        this.now = now;
        this.advance = advance;

        // Task.Wait and friends then ask this context to wait, so a blocking wait on the loop thread can be named at the call.
        SetWaitNotificationRequired();
    }

    /// <summary>The loop running a step of async code on the calling thread, if any.</summary>
    public static EventLoop? InStep => running is { inStep: true } loop ? loop : null;

    /// <summary>The loop running on the calling thread, if any.</summary>
    public static EventLoop? OnThisThread => running;

    /// <summary>True while the loop has nothing of its own to run and waits for work from outside the kata's clock.</summary>
    public bool WaitsOutside => waitsOutside;

    /// <summary>What the run showed: async void methods started, awaits (timers and continuations) still pending when the program's task ended, most timers pending at once.</summary>
    public LoopReport Report => new(asyncVoids, pendingAtEnd ?? 0, mostTimers);

    /// <summary>Runs <paramref name="program"/> to its end and then every timer it left; rethrows what the program threw.</summary>
    public void Run(Func<Task> program)
    {
        var previous = Current;
        running = this;
        SetSynchronizationContext(this);
        try
        {
            Task? root = null;
            ready.Add(() => root = program());
            while (true)
            {
                lock (foreign)
                {
                    ready.AddRange(foreign);
                    foreign.Clear();
                }

                if (ready.Count > 0)
                {
                    Step(Take());
                    mostTimers = Math.Max(mostTimers, timers.Count);
                    if (pendingAtEnd is null && root is { IsCompleted: true })
                    {
                        pendingAtEnd = timers.Count + ready.Count;
                    }
                }
                else if (timers.TryPeek(out _, out var next))
                {
                    // Every timer due at that moment becomes ready together: their order is the chooser's, not the queue's.
                    advance(next.Due);
                    while (timers.TryPeek(out _, out var due) && due.Due == next.Due)
                    {
                        ready.Add(timers.Dequeue());
                    }
                }
                else if (root is { IsCompleted: true })
                {
                    root.GetAwaiter().GetResult();
                    return;
                }
                else
                {
                    AwaitForeignWork();
                }
            }
        }
        finally
        {
            SetSynchronizationContext(previous);
            running = null;
        }
    }

    /// <summary>A timer on the loop's queue: <paramref name="fire"/> runs when the loop's clock reaches <paramref name="due"/> from now.</summary>
    public void At(TimeSpan due, Action fire) => timers.Enqueue(() =>
    {
        // With no context current, an await that captured the loop is posted back to it (the chooser orders it), and a
        // ConfigureAwait(false) continuation runs right here on the loop thread instead of escaping to the thread pool.
        SetSynchronizationContext(null);
        try
        {
            fire();
        }
        finally
        {
            SetSynchronizationContext(this);
        }
    }, (now() + due, order++));

    /// <summary>A <see cref="TimeProvider"/> timer on the loop's queue: what <c>Task.Delay(d, World.Current.Time)</c> waits on.</summary>
    public ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new LoopTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    public override void Post(SendOrPostCallback d, object? state)
    {
        if (running == this)
        {
            ready.Add(() => d(state));
            return;
        }

        lock (foreign)
        {
            foreign.Add(() => d(state));
            Monitor.PulseAll(foreign);
        }
    }

    public override void Send(SendOrPostCallback d, object? state) => Post(d, state);

    public override SynchronizationContext CreateCopy() => this;

    public override void OperationStarted() => asyncVoids++;

    public override int Wait(IntPtr[] waitHandles, bool waitAll, int millisecondsTimeout)
    {
        if (inStep && running == this && millisecondsTimeout != 0)
        {
            throw new BlockingWaitException(Messages.LoopBlockingWait);
        }

        return base.Wait(waitHandles, waitAll, millisecondsTimeout);
    }

    private Action Take()
    {
        var index = ready.Count > 1 ? choose(ready.Count) : 0;
        var item = ready[index];
        ready.RemoveAt(index);
        return item;
    }

    private void Step(Action item)
    {
        if (++items > MaxItems)
        {
            throw new RunawayException(Language.Format(Messages.LoopRunaway, MaxItems));
        }

        inStep = true;
        try
        {
            item();
        }
        finally
        {
            inStep = false;
        }
    }

    /// <summary>
    /// Nothing ready and no timer: only another thread (a <c>Task.Run</c>, a real <c>Task.Delay</c>) can still post work,
    /// so the loop waits for it, as long as it takes. How long is not the loop's to judge: whoever runs the program
    /// sees <see cref="WaitsOutside"/> and a loop thread that uses no processor.
    /// </summary>
    private void AwaitForeignWork()
    {
        lock (foreign)
        {
            waitsOutside = true;
            while (foreign.Count == 0)
            {
                Monitor.Wait(foreign);
            }

            waitsOutside = false;
        }
    }
}

/// <summary>One timer of a loop; changing or disposing it makes the firings it had planned do nothing.</summary>
internal sealed class LoopTimer(EventLoop loop, TimerCallback callback, object? state) : ITimer
{
    private int generation;

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        var planned = ++generation;
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            Plan(planned, dueTime, period);
        }

        return true;
    }

    public void Dispose() => generation++;

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private void Plan(int planned, TimeSpan due, TimeSpan period) => loop.At(due, () =>
    {
        if (planned != generation)
        {
            return;
        }

        callback(state);
        if (period > TimeSpan.Zero && period != Timeout.InfiniteTimeSpan && planned == generation)
        {
            Plan(planned, period, period);
        }
    });
}

/// <summary>What an <see cref="EventLoop"/> saw of a program that the specs cannot see in its lines.</summary>
internal sealed record LoopReport(int AsyncVoids, int PendingWhenProgramEnded, int MostTimersAtOnce);

/// <summary>Thrown into async code that blocks the event loop's one thread on a wait only that thread could end.</summary>
internal sealed class BlockingWaitException(string message) : Exception(message);

