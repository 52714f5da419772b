namespace Kata;

/// <summary>
/// The notebook's data, in one place: its three sums A, B and C with the lines each prints, and the timestamps of its
/// last cell. The exercises' programs, their checks and the mistake zoo read them from here.
/// </summary>
public static class Notebook
{
    /// <summary><c>sum(name, low, high)</c> as the notebook calls it, and the lines it prints, one a step.</summary>
    public sealed record Sum(string Name, int Low, int High, IReadOnlyList<string> Lines);

    public static Sum A { get; } = new("A", 1, 5, ["[A] total = 1", "[A] total = 3", "[A] total = 6", "[A] total = 10"]);

    public static Sum B { get; } = new("B", 5, 10, ["[B] total = 5", "[B] total = 11", "[B] total = 18", "[B] total = 26", "[B] total = 35"]);

    public static Sum C { get; } = new("C", 10, 15, ["[C] total = 10", "[C] total = 21", "[C] total = 33", "[C] total = 46", "[C] total = 60"]);

    /// <summary>A, B and C in the order the notebook runs them.</summary>
    public static IReadOnlyList<Sum> Sums { get; } = [A, B, C];

    /// <summary>1 + 2 + … + 14: what A, B and C add up to together.</summary>
    public const long GrandTotal = 105;

    /// <summary>The single-thread program's transcript (cell In [3]).</summary>
    public static IReadOnlyList<string> Transcript { get; } = [.. Sums.SelectMany(sum => sum.Lines), "Done!"];

    /// <summary>The last cell's main-thread lines: three starts, three joins with the notebook's own timestamps, then Done!.</summary>
    public static IReadOnlyList<string> StartsAndFinishes { get; } =
    [
        "start:[a] 2024-09-14 22:01:09",
        "start:[b] 2024-09-14 22:01:09",
        "start:[c] 2024-09-14 22:01:09",
        "finish:[a] 2024-09-14 22:01:13",
        "finish:[b] 2024-09-14 22:01:14",
        "finish:[c] 2024-09-14 22:01:14",
        "Done!",
    ];
}
