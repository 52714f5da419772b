using Kata.Tests.Benchmark;
using Kata.Tests.Support.Containment;
using Kata.Text;

namespace Kata.Tests;

/// <summary>
/// <c>dotnet run --project Kata.Tests</c> runs the benchmarks; <c>--probe &lt;subject&gt;</c> is the child
/// process of the crash probe, <c>--specs &lt;exercise&gt;</c> the child process of the watch loop.
/// </summary>
public static class EntryPoint
{
    public static int Main(string[] args)
    {
        Language.Apply();
        return args switch
        {
            [ProbeHost.Flag, var subject] => ProbeHost.Run(subject),
            [SpecHost.Flag, var exercise] => SpecHost.Run(exercise),
            _ => BugFindingBenchmark.Run() | ContainmentBenchmark.Run(),
        };
    }
}
