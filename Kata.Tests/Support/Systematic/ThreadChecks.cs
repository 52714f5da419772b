using Kata.Machinery;
using Kata.Text;

namespace Kata.Tests.Support.Systematic;

/// <summary>Checks shared by the thread exercises.</summary>
public static class ThreadChecks
{
    public static string Ended(ThreadFailure failure) =>
        Language.Format(Messages.ThreadEnded, failure.Thread, failure.Exception.GetType().Name, failure.Exception.Message);

    /// <summary>A line "[X] total = N" is printed by thread X: the work runs on the thread, not on its caller.</summary>
    public static void SumLinesArePrintedByTheirThreads(VirtualWorld world)
    {
        var lines = world.Lines;
        var stray = lines.ToList().FindIndex(line => line.Text.StartsWith('[') && line.Thread != line.Text[1..2]);
        Expectation.That(stray < 0, stray < 0 ? "" :
            Language.Format(Messages.StrayLine, lines[stray].Text, lines[stray].Thread, lines[stray].Text[1..2]),
            stray);
    }
}
