using System.Runtime.ExceptionServices;
using Kata.Machinery;
using Microsoft.Coyote.Random;
using Microsoft.Coyote.Runtime;
using ControlledMonitor = Microsoft.Coyote.Rewriting.Types.Threading.Monitor;
using ControlledThread = Microsoft.Coyote.Rewriting.Types.Threading.Thread;

namespace Kata.Tests.Support.Systematic;

/// <summary>
/// Binds the kata's thread seam to Coyote's controlled operations, so Coyote schedules the
/// learner's threads and the kata's locks without rewriting the learner's assembly (Stryker's
/// mutants included). The threads are never renamed: Coyote keys its controlled threads by name.
/// </summary>
internal sealed class CoyoteThreading : IThreading
{
    public static CoyoteThreading Instance { get; } = new();

    public Thread Create(ThreadStart body) => ControlledThread.Create(body);

    public void Start(Thread thread) => ControlledThread.Start(thread);

    public void Join(Thread thread) => ControlledThread.Join(thread);

    public void Enter(object monitor) => Torn(() => ControlledMonitor.Enter(monitor));

    public void Exit(object monitor) => Torn(() => ControlledMonitor.Exit(monitor));

    public void Wait(object monitor) => Torn(() => ControlledMonitor.Wait(monitor));

    public void PulseAll(object monitor) => Torn(() => ControlledMonitor.PulseAll(monitor));

    /// <summary>
    /// Coyote's scheduling point for a read or a write of named shared state. Under the strategies the kata uses it is a
    /// point like <see cref="SchedulingPoint.Interleave"/>; naming the access lets Coyote's partial-order sampling
    /// (<c>WithPartialOrderSamplingEnabled</c>) favour the other threads' steps before it.
    /// </summary>
    public void Access(string state, bool write) => Torn(() =>
    {
        if (write)
        {
            SchedulingPoint.Write(state);
        }
        else
        {
            SchedulingPoint.Read(state);
        }
    });

    /// <summary>A choice Coyote records and replays, like its choice of the next thread; a generator belongs to the run that created it.</summary>
    public int Choose(int count) => Generator.Create().NextInteger(count);

    /// <summary>
    /// Coyote ends a run it gave up on (a deadlock, the step bound) by interrupting its threads, and every monitor operation
    /// after that reads as the teardown it is: one wrapped in a <see cref="TaskSchedulerException"/> is unwrapped; and a
    /// <see cref="SynchronizationLockException"/> (Coyote no longer counts the thread as the monitor's holder once it let
    /// the thread go) becomes the interruption too. The world holds the monitor around every Wait, PulseAll and Exit it
    /// makes, so outside a teardown that exception does not happen.
    /// </summary>
    private static void Torn(Action operation)
    {
        try
        {
            operation();
        }
        catch (TaskSchedulerException exception) when (exception.InnerException is ThreadInterruptedException interrupted)
        {
            ExceptionDispatchInfo.Throw(interrupted);
        }
        catch (SynchronizationLockException)
        {
            throw new ThreadInterruptedException();
        }
    }
}
