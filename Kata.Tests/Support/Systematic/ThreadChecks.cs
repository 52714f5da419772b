using Kata.Machinery;

namespace Kata.Tests.Support.Systematic;

/// <summary>Checks shared by the thread exercises.</summary>
public static class ThreadChecks
{
    /// <summary>A line "[X] total = N" is printed by thread X: the work runs on the thread, not on its caller.</summary>
    public static void SumLinesArePrintedByTheirThreads(VirtualWorld world)
    {
        var lines = world.Lines;
        var stray = lines.ToList().FindIndex(line => line.Text.StartsWith('[') && line.Thread != line.Text[1..2]);
        Expectation.That(stray < 0, stray < 0 ? "" :
            $"\"{lines[stray].Text}\" was printed by thread '{lines[stray].Thread}', not by thread '{lines[stray].Text[1..2]}'. " +
            "Start() runs Run() on a new thread; calling Run() yourself runs the work on the caller's thread.",
            stray);
    }
}
