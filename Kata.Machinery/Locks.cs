using System.ComponentModel;

namespace Kata.Machinery;

/// <summary>
/// C#'s own locks in the learner's code, as the kata weaves them (Kata.Weaving): <c>lock (obj) { … }</c>,
/// <see cref="Monitor.Enter(object)"/> and <see cref="Monitor.Exit"/>, and <c>lock</c>, <see cref="Lock.Enter"/> and
/// <see cref="Lock.Exit"/> on a <see cref="Lock"/>. In a virtual world each object is a lock of the world, the one
/// behind <see cref="KataLock"/> but reentrant as C#'s are: the tester schedules its waits, time passes through it,
/// and a deadlock names who holds what. In the real world each call is the real one.
/// </summary>
// A Lock is passed to LockOf as an object only to key the world's lock by it; nothing here locks its monitor.
#pragma warning disable CS9216
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Locks
{
    /// <summary>The <see cref="Lock"/>s this thread entered through <c>lock</c> or <see cref="Lock.EnterScope"/>, innermost last: a scope does not say its lock.</summary>
    [ThreadStatic]
    private static List<Lock>? scopes;

    /// <summary><see cref="Monitor.Enter(object, ref bool)"/>, what <c>lock (obj)</c> compiles to; <paramref name="name"/> is the field it came from, if any.</summary>
    public static void Enter(object obj, ref bool lockTaken, string? name)
    {
        if (World.Active?.LockOf(obj, name) is { } gate)
        {
            ArgumentOutOfRangeException.ThrowIfNotEqual(lockTaken, false);
            gate.Acquire();
            lockTaken = true;
        }
        else
        {
            Monitor.Enter(obj, ref lockTaken);
        }
    }

    /// <summary><see cref="Monitor.Enter(object)"/>.</summary>
    public static void Enter(object obj, string? name)
    {
        var taken = false;
        Enter(obj, ref taken, name);
    }

    /// <summary><see cref="Monitor.Exit"/>.</summary>
    public static void Exit(object obj)
    {
        if (World.Active?.LockOf(obj, null) is { } gate)
        {
            gate.Release();
        }
        else
        {
            Monitor.Exit(obj);
        }
    }

    /// <summary><see cref="Lock.Enter"/>.</summary>
    public static void Enter(Lock gate, string? name)
    {
        if (World.Active?.LockOf(gate, name) is { } inner)
        {
            inner.Acquire();
        }
        else
        {
            gate.Enter();
        }
    }

    /// <summary><see cref="Lock.Exit"/>.</summary>
    public static void Exit(Lock gate)
    {
        if (World.Active?.LockOf(gate, null) is { } inner)
        {
            inner.Release();
        }
        else
        {
            gate.Exit();
        }
    }

    /// <summary>
    /// <see cref="Lock.EnterScope"/>, what <c>lock (gate)</c> compiles to on a <see cref="Lock"/>. In a virtual world the
    /// scope is an empty one (its Dispose does nothing) and the world's lock is held instead, until <see cref="Dispose"/>.
    /// </summary>
    public static Lock.Scope EnterScope(Lock gate, string? name)
    {
        if (World.Active?.LockOf(gate, name) is not { } inner)
        {
            return gate.EnterScope();
        }

        inner.Acquire();
        (scopes ??= []).Add(gate);
        return default;
    }

    /// <summary><see cref="Lock.Scope.Dispose"/>: the end of a <c>lock (gate)</c> block.</summary>
    public static void Dispose(ref Lock.Scope scope)
    {
        scope.Dispose();
        if (World.Active is { } world && scopes is [.., var gate])
        {
            scopes.RemoveAt(scopes.Count - 1);
            world.LockOf(gate, null)?.Release();
        }
    }
}
