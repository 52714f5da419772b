using Kata.Machinery;
using Microsoft.Coyote.Runtime;
using ControlledThread = Microsoft.Coyote.Rewriting.Types.Threading.Thread;

namespace Kata.Tests.Support.Systematic;

/// <summary>
/// Binds the kata's thread seam to Coyote's controlled operations, so Coyote schedules the
/// learner's threads without rewriting the learner's assembly (Stryker's mutants included).
/// The threads are never renamed: Coyote keys its controlled threads by name.
/// </summary>
public sealed class CoyoteThreading : IThreading
{
    public static CoyoteThreading Instance { get; } = new();

    public Thread Create(ThreadStart body) => ControlledThread.Create(body);

    public void Start(Thread thread) => ControlledThread.Start(thread);

    public void Join(Thread thread) => ControlledThread.Join(thread);

    public void Interleave() => SchedulingPoint.Interleave();
}
