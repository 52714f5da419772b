using Kata.Machinery;

namespace Kata.Exercises;

/// <summary>
/// Exercise 04: one total that threads A(1, 5), B(5, 10) and C(10, 15) add into, each step the notebook's
/// slow call: read the total, sleep one second, write back the total plus i. The right grand total is
/// 1 + 2 + … + 14 = 105. Each method is one thread's work; the kata runs it on three threads and joins
/// them. Lesson: docs/en/04-shared-total.md (한국어: docs/ko/04-shared-total.md).
/// </summary>
public sealed class SharedTotal
{
    // The one total all threads share: a field, so Interlocked.Add(ref total, i) can update it in place.
    private long total = 0;

    // Python's `lock = threading.Lock()`: one lock for the one total.
    private readonly KataLock gate = new("gate");

    public long Total => Interlocked.Read(ref total);

    /// <summary>
    /// Part 1, nothing guarding the total. For i from low while i &lt; high: read the total into a local,
    /// Clock.Sleep(TimeSpan.FromSeconds(1)), write back that local plus i, then print
    /// <c>[A] total = N</c> (N is what this thread wrote).
    /// </summary>
    public void AddWithoutLock(string name, int low, int high)
    {
        // TODO: read, sleep, write back, print, with no lock: the race is what part 1 shows.
        throw new NotImplementedException("SharedTotal.AddWithoutLock is not written yet. Read docs/en/04-shared-total.md (한국어: docs/ko/04-shared-total.md).");
    }

    /// <summary>Part 2: the same step, with the whole read–sleep–write inside <c>using (gate.Hold()) { … }</c>.</summary>
    public void AddLockingTheSleep(string name, int low, int high)
    {
        // TODO: hold the lock around read, sleep and write.
        throw new NotImplementedException("SharedTotal.AddLockingTheSleep is not written yet. Read docs/en/04-shared-total.md (한국어: docs/ko/04-shared-total.md).");
    }

    /// <summary>
    /// Part 3: sleep first, outside the lock; then read, add i and write inside <c>using (gate.Hold())</c>
    /// (or with <c>Interlocked.Add(ref total, i)</c>, which does all three at once); then print.
    /// </summary>
    public void AddLockingTheUpdate(string name, int low, int high)
    {
        // TODO: keep the slow call out of the lock.
        throw new NotImplementedException("SharedTotal.AddLockingTheUpdate is not written yet. Read docs/en/04-shared-total.md (한국어: docs/ko/04-shared-total.md).");
    }
}
