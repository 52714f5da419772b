using System.ComponentModel;
using Kata.Text;

namespace Kata.Machinery;

/// <summary>
/// What the kata weaves into the learner's compiled code (Kata.Weaving) at each read and write of a field another
/// thread can see, and around each <see cref="Interlocked"/> and <see cref="Volatile"/> call: in an explored run
/// each access is a point where the tester may switch threads, as Lincheck's model checking does, and the virtual
/// world records the value read or written; in the real world each call does nothing but hand the value on.
/// Not for hand-written code: <c>total += i</c> in an exercise becomes these calls by itself.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Shared
{
    /// <summary>The field whose address was taken last on this thread (<c>ref total</c>), for the atomic call that follows.</summary>
    [ThreadStatic]
    private static (object? Owner, string Field)? addressed;

    /// <summary>Before a field is loaded: the point where another thread may go first.</summary>
    public static void Reading(string field) => World.Active?.Point(field, write: false);

    /// <summary>After a static field (or a struct's) is loaded: records the value read and hands it on.</summary>
    public static T Read<T>(T value, string field)
    {
        World.Active?.Record(null, field, AccessKind.Read, value);
        return value;
    }

    /// <summary>After an instance field of <paramref name="owner"/> is loaded: records the value read and hands it on.</summary>
    public static T Read<T>(object owner, T value, string field)
    {
        World.Active?.Record(owner, field, AccessKind.Read, value);
        return value;
    }

    /// <summary>Before a static field (or a struct's) is stored: the point, then the value written; hands it on to the store.</summary>
    public static T Write<T>(T value, string field)
    {
        Written(null, field, AccessKind.Write, value, null);
        return value;
    }

    /// <summary>Before an instance field of <paramref name="owner"/> is stored: the point, then the value written.</summary>
    public static T Write<T>(object owner, T value, string field)
    {
        Written(owner, field, AccessKind.Write, value, null);
        return value;
    }

    /// <summary>A field's address was taken (<c>ref total</c>): the atomic call that follows names it.</summary>
    public static void Address(object? owner, string field) => addressed = (owner, field);

    /// <summary>Before an <see cref="Interlocked"/> or <see cref="Volatile"/> call: the point where another thread may go first.</summary>
    public static void Atomic(string operation) =>
        World.Active?.Point(addressed?.Field ?? operation, write: !operation.EndsWith(".Read", StringComparison.Ordinal));

    /// <summary>After an atomic call that returns a value: records it (<c>Interlocked.Add total ➜ 21</c>) and hands it on.</summary>
    public static T Atomic<T>(T result, string operation)
    {
        // An atomic call on a local (Interlocked.Add(ref copy, i)) names no field: nothing shared to record.
        if (addressed is var (owner, field))
        {
            addressed = null;
            World.Active?.Record(owner, field, AccessKind.Atomic, result, operation);
        }

        return result;
    }

    /// <summary>Before <see cref="Volatile.Write(ref int, int)"/> and its kin: the point, then the value it writes.</summary>
    public static void Stored<T>(T value, string operation)
    {
        if (addressed is var (owner, field))
        {
            addressed = null;
            Written(owner, field, AccessKind.Write, value, operation);
        }
    }

    /// <summary>
    /// <see cref="Thread.Sleep(int)"/> in woven code. On the event loop's one thread it is the blocking mistake of async code,
    /// named at the call (as <see cref="Clock.Sleep"/> is) instead of found by the real time the step held the loop;
    /// anywhere else it is the real sleep it was.
    /// </summary>
    public static void Sleep(int milliseconds)
    {
        NotOnTheLoop();
        Thread.Sleep(milliseconds);
    }

    /// <summary><see cref="Thread.Sleep(TimeSpan)"/> in woven code: see <see cref="Sleep(int)"/>.</summary>
    public static void SleepFor(TimeSpan duration)
    {
        NotOnTheLoop();
        Thread.Sleep(duration);
    }

    private static void NotOnTheLoop()
    {
        if (EventLoop.InStep is not null)
        {
            throw new BlockingWaitException(Language.Format(Messages.LoopSleep, "Thread.Sleep"));
        }
    }

    private static void Written<T>(object? owner, string field, AccessKind kind, T value, string? operation)
    {
        if (World.Active is { } world)
        {
            world.Point(field, write: true);
            world.Record(owner, field, kind, value, operation);
        }
    }
}

/// <summary>How a thread touched a shared field.</summary>
internal enum AccessKind
{
    Read,
    Write,

    /// <summary>An <see cref="Interlocked"/> or <see cref="Volatile"/> call, named by the access's operation.</summary>
    Atomic,
}
