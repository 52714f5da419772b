namespace Kata.Machinery;

/// <summary>
/// How a <see cref="VirtualWorld"/> creates, starts and joins OS threads, and where it offers a
/// scheduling point. Plain specs use <see cref="OsThreading"/>; systematic specs bind it to a
/// tester's controlled operations, so no binary rewriting is needed.
/// </summary>
public interface IThreading
{
    Thread Create(ThreadStart body);

    void Start(Thread thread);

    void Join(Thread thread);

    /// <summary>A point where another thread may run: called after every virtual sleep.</summary>
    void Interleave();
}

/// <summary>Plain .NET threads.</summary>
public sealed class OsThreading : IThreading
{
    public static OsThreading Instance { get; } = new();

    /// <summary>Background threads: a learner's thread stuck forever must not keep the process from ending.</summary>
    public Thread Create(ThreadStart body) => new(body) { IsBackground = true };

    public void Start(Thread thread) => thread.Start();

    public void Join(Thread thread) => thread.Join();

    public void Interleave()
    {
    }
}
