using System.Diagnostics;
using Kata.Tests.Mistakes;
using Kata.Tests.Support;
using Kata.Tests.Support.Containment;

namespace Kata.Benchmark;

/// <summary>
/// Seconds until each broken case of <see cref="BrokenCase.All"/> is reported, under the kata's own
/// bounds (<see cref="Learner.Watch"/>, <see cref="CrashProbe.Watch"/>). Exits 1 unless every case is
/// reported with its words within <see cref="Budget"/>.
/// </summary>
public static class ContainmentBenchmark
{
    /// <summary>The probe's processor budget, on a machine whose other core is busy too, and a margin.</summary>
    public static readonly TimeSpan Budget = CrashProbe.ProcessorBudget * 1.5;

    public static int Run()
    {
        UnhandledExceptions.KeepTheHostAlive();
        Console.WriteLine();
        Console.WriteLine($"Containment of broken code: seconds until the failure is reported (processor time: {Learner.ProcessorBudget.TotalSeconds:0} s in-process, {CrashProbe.ProcessorBudget.TotalSeconds:0} s in the child process; real time with no processor used: {Learner.Backstop.TotalSeconds:0} s; budget {Budget.TotalSeconds:0} s)");
        Console.WriteLine();
        Console.WriteLine("| broken code | contained by | seconds | reported as expected | first line of the message |");
        Console.WriteLine("|---|---|---|---|---|");
        var allContained = true;
        foreach (var broken in BrokenCase.All)
        {
            var clock = Stopwatch.StartNew();
            var message = broken.Contain(ContainmentBounds.Kata);
            clock.Stop();
            var contained = message?.Contains(broken.Says, StringComparison.Ordinal) == true && clock.Elapsed <= Budget;
            allContained &= contained;
            var firstLine = message?.Split('\n')[0].Trim() ?? "(nothing reported)";
            Console.WriteLine($"| {broken.Name} | {broken.ContainedBy} | {clock.Elapsed.TotalSeconds:0.0} | {(contained ? "yes" : "NO")} | {firstLine.Replace("|", "\\|", StringComparison.Ordinal)} |");
        }

        Console.WriteLine();
        Console.WriteLine(allContained ? "every broken case reported in time" : "SOME BROKEN CASE WAS NOT REPORTED IN TIME");
        return allContained ? 0 : 1;
    }
}
