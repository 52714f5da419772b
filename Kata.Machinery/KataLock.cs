using Kata.Text;

namespace Kata.Machinery;

/// <summary>
/// Python's <c>threading.Lock</c> for the kata: one thread at a time holds it. <c>with lock:</c> is
/// <c>using (gate.Hold()) { … }</c>, which releases the lock even when the block throws; <see cref="Acquire"/>
/// and <see cref="Release"/> are <c>lock.acquire()</c> and <c>lock.release()</c>. In a virtual world it is a lock
/// of the world, which schedules its waits, carries time through them and explains a deadlock; in the real program
/// it is a <see cref="Lock"/>. C#'s own <c>lock</c> in woven learner code takes the same kind of lock (<see cref="Locks"/>).
/// </summary>
public sealed class KataLock
{
    private readonly WorldLock inner;

    /// <param name="name">The name messages use; lock-1, lock-2, … when none is given.</param>
    public KataLock(string? name = null)
    {
        var world = World.Current;
        Name = string.IsNullOrEmpty(name) ? world.NextLockName() : name;
        inner = world.CreateLock(Name);
    }

    public string Name { get; }

    /// <summary>Waits until no other thread holds the lock, then holds it. Not reentrant, as in Python.</summary>
    public void Acquire() => inner.Acquire();

    /// <summary>Lets the next waiting thread take the lock. Only the holder may release it.</summary>
    public void Release() => inner.Release();

    /// <summary>Acquires the lock until the returned value is disposed: <c>using (gate.Hold()) { … }</c>.</summary>
    public Held Hold()
    {
        Acquire();
        return new Held(this);
    }

    public override string ToString() => Name;

    /// <summary>A held lock; disposing it releases the lock.</summary>
    public readonly struct Held(KataLock owner) : IDisposable
    {
        public void Dispose() => (owner ?? throw new InvalidOperationException(Messages.LockHeldByNobody)).Release();
    }
}
