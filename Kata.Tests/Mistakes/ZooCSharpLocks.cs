using Kata.Machinery;

namespace Kata.Tests.Mistakes;

/// <summary>
/// Exercise 04 with C#'s own synchronization instead of <see cref="KataLock"/>: correct twins that must pass every spec
/// of their part, and misuse that must be named as <see cref="KataLock"/>'s is.
/// </summary>
public sealed partial class ZooSharedTotal
{
    private readonly object sync = new();
    private readonly Lock scope = new();

    /// <summary>Part 2 with <c>lock (sync)</c>: 105, in 14 s.</summary>
    public void LockStatementAroundTheSleep(string name, int low, int high)
    {
        for (var i = low; i < high; i++)
        {
            lock (sync)
            {
                var read = total;
                Clock.Sleep(OneSecond);
                total = read + i;
                Output.Print($"[{name}] total = {read + i}");
            }
        }
    }

    /// <summary>Part 3 with <c>lock (sync)</c> around the update only.</summary>
    public void LockStatementAroundTheUpdate(string name, int low, int high)
    {
        for (var i = low; i < high; i++)
        {
            Clock.Sleep(OneSecond);
            long wrote;
            lock (sync)
            {
                total += i;
                wrote = total;
            }

            Output.Print($"[{name}] total = {wrote}");
        }
    }

    /// <summary>Part 3 with <c>lock</c> on a <see cref="Lock"/>, which compiles to <see cref="Lock.EnterScope"/>.</summary>
    public void LockOnALock(string name, int low, int high)
    {
        for (var i = low; i < high; i++)
        {
            Clock.Sleep(OneSecond);
            long wrote;
            lock (scope)
            {
                wrote = total += i;
            }

            Output.Print($"[{name}] total = {wrote}");
        }
    }

    /// <summary>Part 3 with <see cref="Lock.Enter"/> and <see cref="Lock.Exit"/> written out.</summary>
    public void LockEnterAndExit(string name, int low, int high)
    {
        for (var i = low; i < high; i++)
        {
            Clock.Sleep(OneSecond);
            long wrote;
            scope.Enter();
            try
            {
                wrote = total += i;
            }
            finally
            {
                scope.Exit();
            }

            Output.Print($"[{name}] total = {wrote}");
        }
    }

    /// <summary>Part 3 with <see cref="Monitor.Enter(object)"/> and <see cref="Monitor.Exit"/> written out, entered twice (C#'s locks are reentrant).</summary>
    public void MonitorEnterAndExit(string name, int low, int high)
    {
        for (var i = low; i < high; i++)
        {
            Clock.Sleep(OneSecond);
            long wrote;
            Monitor.Enter(sync);
            Monitor.Enter(sync);
            try
            {
                wrote = total += i;
            }
            finally
            {
                Monitor.Exit(sync);
                Monitor.Exit(sync);
            }

            Output.Print($"[{name}] total = {wrote}");
        }
    }

    /// <summary>Part 3 with <see cref="Interlocked.Add(ref long, long)"/>, printing what it returns.</summary>
    public void InterlockedAdd(string name, int low, int high)
    {
        for (var i = low; i < high; i++)
        {
            Clock.Sleep(OneSecond);
            Output.Print($"[{name}] total = {Interlocked.Add(ref total, i)}");
        }
    }

    /// <summary>Part 3 with <see cref="Volatile"/> reads and writes inside <c>lock (sync)</c>: the lock makes the read-add-write one step.</summary>
    public void VolatileInsideALock(string name, int low, int high)
    {
        for (var i = low; i < high; i++)
        {
            Clock.Sleep(OneSecond);
            long wrote;
            lock (sync)
            {
                wrote = Volatile.Read(ref total) + i;
                Volatile.Write(ref total, wrote);
            }

            Output.Print($"[{name}] total = {wrote}");
        }
    }

    /// <summary>Volatile makes each read and each write whole, not the read-add-write: still a lost update.</summary>
    public void VolatileWithoutALock(string name, int low, int high)
    {
        for (var i = low; i < high; i++)
        {
            Clock.Sleep(OneSecond);
            var wrote = Volatile.Read(ref total) + i;
            Volatile.Write(ref total, wrote);
            Output.Print($"[{name}] total = {wrote}");
        }
    }

    /// <summary>Part 3 with the sleep inside <c>lock (sync)</c>: part 2 again.</summary>
    public void LockStatementHeldThroughTheSleep(string name, int low, int high)
    {
        for (var i = low; i < high; i++)
        {
            lock (sync)
            {
                Clock.Sleep(OneSecond);
                total += i;
                Output.Print($"[{name}] total = {total}");
            }
        }
    }

    /// <summary><see cref="Monitor.Enter(object)"/> without a finally, and the slow call fails once in between.</summary>
    public void MonitorNeverExitedAfterAnException(string name, int low, int high)
    {
        for (var i = low; i < high; i++)
        {
            Clock.Sleep(OneSecond);
            Monitor.Enter(sync);
            if (name == "A" && i == low + 1)
            {
                throw new InvalidOperationException("the slow call failed");
            }

            total += i;
            Output.Print($"[{name}] total = {total}");
            Monitor.Exit(sync);
        }
    }
}
