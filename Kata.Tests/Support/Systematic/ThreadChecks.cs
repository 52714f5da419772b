using Kata.Machinery;
using Kata.Text;

namespace Kata.Tests.Support.Systematic;

/// <summary>Checks shared by the thread exercises.</summary>
public static class ThreadChecks
{
    public static string Ended(ThreadFailure failure) =>
        Language.Format(SpecMessages.ThreadEnded, failure.Thread, failure.Exception.GetType().Name, failure.Exception.Message);

    /// <summary>A line "[X] total = N" is printed by thread X: the work runs on the thread, not on its caller.</summary>
    public static void SumLinesArePrintedByTheirThreads(VirtualWorld world)
    {
        var lines = world.Lines;
        var stray = lines.ToList().FindIndex(line => Owner(line.Text) is { } owner && line.Thread != owner);
        Expectation.That(stray < 0, stray < 0 ? "" :
            Language.Format(SpecMessages.StrayLine, lines[stray].Text, lines[stray].Thread, Owner(lines[stray].Text)),
            stray);
    }

    /// <summary>"W1" for "[W1] total = 3": the thread a sum line names, or null for any other line.</summary>
    public static string? Owner(string line) =>
        line.StartsWith('[') && line.IndexOf(']', StringComparison.Ordinal) is > 1 and var end ? line[1..end] : null;
}
