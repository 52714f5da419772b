namespace Kata.Machinery;

/// <summary>
/// How a <see cref="VirtualWorld"/> creates, starts and joins OS threads and waits on a monitor (every
/// operation a point where a systematic tester may switch threads). Plain specs use <see cref="OsThreading"/>; systematic specs bind it to a
/// tester's controlled operations, so no binary rewriting is needed.
/// </summary>
internal interface IThreading
{
    Thread Create(ThreadStart body);

    void Start(Thread thread);

    void Join(Thread thread);

    /// <summary><see cref="Monitor.Enter(object)"/>: the virtual world's schedule and locks wait on one monitor.</summary>
    void Enter(object monitor);

    void Exit(object monitor);

    void Wait(object monitor);

    void PulseAll(object monitor);

    /// <summary>A thread is about to read (or write) the shared <paramref name="state"/>: a point where another thread may go first.</summary>
    void Access(string state, bool write);

    /// <summary>Picks one of <paramref name="count"/> things that could happen next (async continuations due together).</summary>
    int Choose(int count);
}

/// <summary>Plain .NET threads and monitors.</summary>
internal sealed class OsThreading : IThreading
{
    public static OsThreading Instance { get; } = new();

    /// <summary>Background threads: a learner's thread stuck forever must not keep the process from ending.</summary>
    public Thread Create(ThreadStart body) => new(body) { IsBackground = true };

    public void Start(Thread thread) => thread.Start();

    public void Join(Thread thread) => thread.Join();

    public void Enter(object monitor) => Monitor.Enter(monitor);

    public void Exit(object monitor) => Monitor.Exit(monitor);

    public void Wait(object monitor) => Monitor.Wait(monitor);

    public void PulseAll(object monitor) => Monitor.PulseAll(monitor);

    /// <summary>Nothing: OS threads switch where the OS likes.</summary>
    public void Access(string state, bool write)
    {
    }

    /// <summary>The first, always: plain specs see one order, the one the program set up; explored specs see the others.</summary>
    public int Choose(int count) => 0;
}
