namespace Kata.Machinery;

/// <summary>The exercises' <c>time</c> module: sleep and read the time of the current world.</summary>
public static class Clock
{
    public static void Sleep(TimeSpan duration) => World.Current.Sleep(duration);

    /// <summary>Local time now, as <c>datetime.now()</c> in the notebook.</summary>
    public static DateTimeOffset Now => World.Current.Time.GetLocalNow();
}
