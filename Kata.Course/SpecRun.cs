using System.Diagnostics;

namespace Kata;

/// <summary>What one run of an exercise's specs gave: every result reported, and how the run ended if not normally.</summary>
/// <param name="Lowered">Some exploration ran fewer interleavings than dotnet test's: a pass is not the final word.</param>
public sealed record SpecRun(IReadOnlyList<SpecLine> Results, Crash? Crash, bool Stalled, bool Lowered = false)
{
    /// <summary>The watch's child: its replay lines say <c>dotnet test</c> without <c>--no-build</c> (the watch compiles into a copy of its own).</summary>
    public const string WatchFlag = "--specs";

    /// <summary>
    /// Runs <c>dotnet Kata.Tests.dll --specs &lt;exercise&gt;</c> from <paramref name="bin"/>.
    /// The child is the containment: a stack overflow, <c>Environment.Exit</c> or a busy spin ends or stalls it,
    /// never its parent; results reported before that are kept. The child is judged by the processor time it uses
    /// (<paramref name="watch"/>), never by how long a busy machine takes to run it.
    /// </summary>
    /// <param name="iterations">The interleavings of each exploration, if fewer than the specs' own (KATA_ITERATIONS).</param>
    public static SpecRun Start(string bin, string exerciseId, ProcessorWatch watch, CancellationToken cancel, uint? iterations = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The child is the containment: no crash probe of its own.
            Environment = { [Variables.Contained] = "1" },
        };
        var token = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        start.Environment[Variables.SpecToken] = token;
        if (iterations is { } budget)
        {
            start.Environment[Variables.Iterations] = budget.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        foreach (var argument in new[] { Path.Combine(bin, "Kata.Tests.dll"), WatchFlag, exerciseId })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var results = new List<SpecLine>();
        var finished = false;
        var lowered = false;
        child.OutputDataReceived += (_, line) =>
        {
            var text = SpecLine.Unframed(token, line.Data);
            if (text == SpecLine.Finished)
            {
                finished = true;
            }
            else if (text == SpecLine.Lowered)
            {
                lowered = true;
            }
            else if (SpecLine.Parse(text) is { } result)
            {
                lock (results)
                {
                    results.Add(result);
                }
            }
        };
        child.BeginOutputReadLine();
        var errors = child.StandardError.ReadToEndAsync(cancel);
        using var stop = cancel.Register(() => Kill(child));
        var outcome = watch.Wait(new ChildProcessorTime(child).Read, child.WaitForExit);
        if (outcome.Ending != ProcessorWatch.Ending.Returned)
        {
            Kill(child);
        }

        child.WaitForExit();
        lock (results)
        {
            var cancelled = cancel.IsCancellationRequested;
            var crash = outcome.Ending switch
            {
                _ when cancelled => null,
                ProcessorWatch.Ending.Spun => new Crash(CrashKind.BusySpin, outcome.ProcessorTime, ""),
                ProcessorWatch.Ending.Returned when !finished => Crash.Classify(child.ExitCode, Errors(errors)),
                _ => null,
            };
            return new SpecRun([.. results], crash, outcome.Ending == ProcessorWatch.Ending.Stalled && !cancelled, lowered);
        }
    }

    private static string Errors(Task<string> errors)
    {
        try
        {
            return errors.Wait(TimeSpan.FromSeconds(1)) ? errors.Result : "";
        }
        catch (AggregateException)
        {
            return "";
        }
    }

    private static void Kill(Process child)
    {
        try
        {
            child.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It has already ended.
        }
    }
}
