using System.Globalization;
using Kata.Benchmark;
using Kata.Tests.Support;
using Kata.Text;

// dotnet run --project Kata.Benchmark: the zoo's bug finding, the containment of broken code and tasks against threads,
// as Markdown tables; --scale <kind> <count> is one measurement of the scale benchmark, in a child process of its own.
Settings.Fix();
Language.Apply();
return args switch
{
    [ScaleBenchmark.Flag, var kind, var count] => ScaleBenchmark.Measure(kind, int.Parse(count, CultureInfo.InvariantCulture)),
    _ => BugFindingBenchmark.Run() | ContainmentBenchmark.Run() | ScaleBenchmark.Run(),
};
