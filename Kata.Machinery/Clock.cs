namespace Kata.Machinery;

/// <summary>The exercises' <c>time</c> module: sleep and read the time of the current world.</summary>
public static class Clock
{
    public static void Sleep(TimeSpan duration) => World.Current.Sleep(duration);

    /// <summary>
    /// asyncio's <c>await asyncio.sleep(…)</c>: a task that completes after <paramref name="duration"/> on the current world's
    /// clock, holding no thread while it waits.
    /// </summary>
    public static Task Delay(TimeSpan duration) => Task.Delay(duration, World.Current.Time);

    /// <summary>Local time now, as <c>datetime.now()</c> in the notebook.</summary>
    public static DateTimeOffset Now => World.Current.Time.GetLocalNow();
}
