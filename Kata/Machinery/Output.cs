namespace Kata.Machinery;

/// <summary>The exercises' <c>print</c>: one line to the current world's output.</summary>
public static class Output
{
    public static void Print(string line) => World.Current.Print(line);
}
