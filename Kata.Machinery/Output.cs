namespace Kata.Machinery;

/// <summary>The exercises' <c>print</c>: one line to the current world's output.</summary>
public static class Output
{
    private static readonly AsyncLocal<bool> Muted = new();

    public static void Print(string line)
    {
        if (!Muted.Value)
        {
            World.Current.Print(line);
        }
    }

    /// <summary>Drops the lines printed by the calling flow and the tasks it starts until disposed: 10,000 sums print 40,000 lines nobody reads.</summary>
    public static IDisposable Mute()
    {
        var previous = Muted.Value;
        Muted.Value = true;
        return new Undo(() => Muted.Value = previous);
    }
}
