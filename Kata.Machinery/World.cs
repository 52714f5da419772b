namespace Kata.Machinery;

/// <summary>
/// The one seam between the exercises and time, output and threads. The real program runs in
/// <see cref="RealWorld"/>; specs run the same code in a <see cref="VirtualWorld"/>, where a
/// second passes in no time and every printed line is recorded with the moment it was printed.
/// </summary>
public abstract class World
{
    private static readonly AsyncLocal<World?> Ambient = new();

    /// <summary>The world the calling code runs in; the real one unless a spec entered another.</summary>
    public static World Current => Ambient.Value ?? RealWorld.Console;

    /// <summary>The world a spec or program entered, or null: woven learner code asks it, and outside one it does nothing.</summary>
    internal static World? Active => Ambient.Value;

    /// <summary>Wall-clock time as the exercises see it (<c>GetLocalNow()</c> for timestamps).</summary>
    public abstract TimeProvider Time { get; }

    public abstract void Sleep(TimeSpan duration);

    public abstract void Print(string line);

    /// <summary>Runs an async program to its end: on the thread pool in the real world, on an event loop with a virtual clock in a virtual one.</summary>
    public virtual void Run(Func<Task> program) => program().GetAwaiter().GetResult();

    /// <summary>Creates, without starting it, a thread that runs <paramref name="body"/> in this world.</summary>
    internal abstract WorldThread CreateThread(string name, Action body);

    /// <summary>Creates the lock behind a <see cref="KataLock"/> named <paramref name="name"/>.</summary>
    internal abstract WorldLock CreateLock(string name);

    /// <summary>
    /// The lock of this world behind a C# lock on <paramref name="monitor"/> (<c>lock (obj)</c>, <see cref="Monitor"/>, a
    /// <see cref="Lock"/>), named <paramref name="name"/> when first seen; null where the real lock is the right one.
    /// </summary>
    internal virtual WorldLock? LockOf(object monitor, string? name) => null;

    /// <summary>A thread is about to read or write shared <paramref name="field"/>: where an explored run may switch threads.</summary>
    internal virtual void Point(string field, bool write)
    {
    }

    /// <summary>A thread read or wrote <paramref name="value"/> in <paramref name="field"/> of <paramref name="owner"/> (null: a static field).</summary>
    internal virtual void Record<T>(object? owner, string field, AccessKind kind, T value, string? operation = null)
    {
    }

    /// <summary>An exception ended a thread; like Python, the thread dies and the program goes on.</summary>
    internal abstract void ReportFailure(string threadName, Exception exception);

    private int threads;
    private int locks;

    /// <summary>Python's default thread names: Thread-1, Thread-2, …</summary>
    internal string NextThreadName() => $"Thread-{Interlocked.Increment(ref threads)}";

    /// <summary>Names for locks made without one: lock-1, lock-2, … (Python's locks have none; messages need one).</summary>
    internal string NextLockName() => $"lock-{Interlocked.Increment(ref locks)}";

    /// <summary>Makes this world current for the calling flow (and the threads it starts) until disposed.</summary>
    public IDisposable Enter()
    {
        var previous = Ambient.Value;
        Ambient.Value = this;
        Entered();
        return new Undo(() =>
        {
            Leaving();
            Ambient.Value = previous;
        });
    }

    /// <summary>A flow entered this world: the main flow of a program, or a thread the world started.</summary>
    private protected virtual void Entered()
    {
    }

    /// <summary>A flow is about to leave this world: its program or its thread has ended.</summary>
    private protected virtual void Leaving()
    {
    }
}

/// <summary>Puts back what a scope changed (the current world, the muted output) when it is disposed.</summary>
internal sealed class Undo(Action undo) : IDisposable
{
    public void Dispose() => undo();
}

/// <summary>A lock as a world runs it.</summary>
internal abstract class WorldLock
{
    public abstract void Acquire();

    public abstract void Release();
}

/// <summary>A thread as a world runs it.</summary>
internal abstract class WorldThread
{
    public abstract bool IsAlive { get; }

    public abstract void Start();

    public abstract void Join();

    public abstract bool Join(TimeSpan timeout);
}
