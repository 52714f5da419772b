using System.Diagnostics;
using System.Globalization;
using CliWrap;
using CliWrap.Buffered;
using Kata.Machinery;

namespace Kata.Benchmark;

/// <summary>
/// Exercise 05's "why async", measured on this machine in real time: sums of four one-second steps run as
/// tasks (<c>await Clock.Delay</c>) and as <see cref="KataThread"/>s (<c>Clock.Sleep</c>), each kind in a fresh
/// child process so that its peak memory and OS threads are its own.
/// </summary>
public static class ScaleBenchmark
{
    public const string Flag = "--scale";

    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The rows CI measures. 10,000 threads take about 30 s of a 2-core machine, a third of the benchmark step:
    /// <c>dotnet run --project Kata.Benchmark -- --scale threads 10000</c> measures that row alone (lesson 05's table has it).
    /// </summary>
    private static readonly (string Kind, int Count)[] Runs = [("tasks", 10_000), ("threads", 1_000)];

    public static int Run()
    {
        Console.WriteLine();
        Console.WriteLine("Sums of four one-second steps at once, in real time: tasks against threads (each kind in a process of its own)");
        Console.WriteLine();
        Console.WriteLine("| sums | as | seconds | peak OS threads | peak working set |");
        Console.WriteLine("|---|---|---|---|---|");
        var measured = true;
        foreach (var (kind, count) in Runs)
        {
            var line = Child(kind, count);
            measured &= line is not null;
            Console.WriteLine($"| {count:N0} | {kind} | {line ?? "(the child process failed)"} |");
        }

        return measured ? 0 : 1;
    }

    /// <summary>The child process: runs <paramref name="count"/> sums as <paramref name="kind"/> and prints its table cells.</summary>
    public static int Measure(string kind, int count)
    {
        var peakThreads = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = new Thread(() =>
        {
            using var self = Process.GetCurrentProcess();
            while (!sampling.IsCancellationRequested)
            {
                self.Refresh();
                peakThreads = Math.Max(peakThreads, self.Threads.Count);
                Thread.Sleep(20);
            }
        }) { IsBackground = true };
        sampler.Start();

        var clock = Stopwatch.StartNew();
        var world = new RealWorld(TimeProvider.System, TextWriter.Null, Console.Error);
        using (world.Enter())
        {
            if (kind == "tasks")
            {
                world.Run(() => Task.WhenAll(Enumerable.Range(0, count).Select(_ => StepsAsync())));
            }
            else
            {
                var threads = Enumerable.Range(0, count).Select(_ => new Steps()).ToList();
                threads.ForEach(thread => thread.Start());
                threads.ForEach(thread => thread.Join());
            }
        }

        clock.Stop();
        sampling.Cancel();
        sampler.Join();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{clock.Elapsed.TotalSeconds:0.00} | {peakThreads:N0} | {process.PeakWorkingSet64 / (1024 * 1024)} MB"));
        return 0;
    }

    private static string? Child(string kind, int count)
    {
        // This program again, as dotnet runs it: a process of its own measures its own threads and memory.
        var child = Cli.Wrap(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            .WithArguments([typeof(ScaleBenchmark).Assembly.Location, Flag, kind, count.ToString(CultureInfo.InvariantCulture)])
            .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync().GetAwaiter().GetResult();
        return child.ExitCode == 0 ? child.StandardOutput.Trim() : null;
    }

    private static async Task StepsAsync()
    {
        for (var i = 0; i < 4; i++)
        {
            await Clock.Delay(OneSecond);
        }
    }

    private sealed class Steps : KataThread
    {
        protected override void Run()
        {
            for (var i = 0; i < 4; i++)
            {
                Clock.Sleep(OneSecond);
            }
        }
    }
}
