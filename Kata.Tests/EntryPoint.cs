using Kata.Tests.Benchmark;
using Kata.Tests.Support;
using Kata.Tests.Support.Containment;
using Kata.Text;

namespace Kata.Tests;

/// <summary>
/// <c>dotnet run --project Kata.Tests</c> runs the benchmarks; <c>--probe &lt;subject&gt;</c> is the child
/// process of the crash probe, <c>--specs &lt;exercise&gt;</c> the child process of the watch loop,
/// <c>--scale &lt;kind&gt; &lt;count&gt;</c> one measurement of the scale benchmark.
/// </summary>
public static class EntryPoint
{
    public static int Main(string[] args)
    {
        Settings.Fix();
        Language.Apply();
        return args switch
        {
            [ProbeHost.Flag, .. var subjects] => ProbeHost.Run(subjects),
            [SpecHost.Flag, var exercise] => SpecHost.Run(exercise),
            [ScaleBenchmark.Flag, var kind, var count] => ScaleBenchmark.Measure(kind, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
            _ => BugFindingBenchmark.Run() | ContainmentBenchmark.Run() | ScaleBenchmark.Run(),
        };
    }
}
