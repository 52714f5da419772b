using Kata.Machinery;

namespace Kata.Exercises;

/// <summary>
/// Exercise 03: the notebook's last cell. Three threads start one after the other, then are joined
/// in order, with a timestamp after each start and each join. Lesson: docs/en/03-start-join-order.md
/// (한국어: docs/ko/03-start-join-order.md).
/// </summary>
public static class StartJoinOrder
{
    /// <summary>
    /// Create a = SumThread("A", 1, 5), b = ("B", 5, 10), c = ("C", 10, 15). Start each, printing
    /// <c>start:[a] 2024-09-14 22:01:09</c> (Clock.Now as yyyy-MM-dd HH:mm:ss) after each start;
    /// join a, b, c in order, printing <c>finish:[a] …</c> after each join; then print <c>Done!</c>.
    /// </summary>
    public static void RunProgram()
    {
        // TODO: create, start and join the three threads as the notebook does.
        throw new NotImplementedException("StartJoinOrder.RunProgram is not written yet. Read docs/en/03-start-join-order.md (한국어: docs/ko/03-start-join-order.md).");
    }
}
