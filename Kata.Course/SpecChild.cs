using System.Diagnostics;
using System.Security.Cryptography;

namespace Kata;

/// <summary>
/// A spec child, a process that runs learner code for its parent: <c>dotnet Kata.Tests.dll --subject</c> (a learner's
/// <c>dotnet test</c>), which answers each request written to its standard input (a spec's act or exploration, a crash
/// probe's program, <see cref="Ask"/>), or <c>--specs</c> (the watch), which also runs an exercise's specs with NUnit's runner
/// and reports every result the moment it is known (<see cref="Run"/>). The child is the containment: a stack overflow,
/// <c>Environment.Exit</c> or a busy spin ends it, never its parent. It is judged by its processor time and its output, never
/// by how long a busy machine takes to run it, and a line counts only with the token its parent chose for it.
/// </summary>
public sealed class SpecChild : IDisposable
{
    /// <summary>The subject of a learner's <c>dotnet test</c>: the test host runs no learner code itself, its subjects do.</summary>
    public const string SubjectFlag = "--subject";

    /// <summary>The watch's child: its replay lines say <c>dotnet test</c> without <c>--no-build</c> (the watch compiles into a copy of its own).</summary>
    public const string WatchFlag = "--specs";

    private readonly Process process;
    private readonly ChildProcessorTime busy;
    private readonly string token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
    private readonly Task<string> errors;

    /// <param name="tests">The path of Kata.Tests.dll.</param>
    /// <param name="flag"><see cref="SubjectFlag"/> or <see cref="WatchFlag"/>.</param>
    /// <param name="environment">Settings of the child's own (KATA_ITERATIONS, KATA_SEED), read before any learner code loads.</param>
    public SpecChild(string tests, string flag, params IEnumerable<(string Name, string Value)> environment)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { tests, flag },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The child is the containment: no crash probe of its own.
            Environment = { [Variables.Contained] = "1", [Variables.SpecToken] = token },
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        busy = new ChildProcessorTime(process);
        errors = process.StandardError.ReadToEndAsync();
    }

    private bool ended;

    /// <summary>False once the child ended or was ended, between requests too (a thread its code left behind can end it): it runs nothing more.</summary>
    public bool Alive => !ended && !process.HasExited;

    /// <summary>Runs <paramref name="exerciseId"/>'s specs in this child (the watch's) and waits for their results, or for the child's end.</summary>
    /// <param name="cancel">Ends the child: the run gives what was reported so far, and no crash.</param>
    public SpecRun Run(string exerciseId, ProcessorWatch watch, CancellationToken cancel = default)
    {
        var results = new List<SpecLine>();
        var lowered = false;
        var (crash, stalled) = Exchange(exerciseId, watch, cancel, text =>
        {
            lowered |= text == SpecLine.Lowered;
            if (SpecLine.Parse(text) is { } result)
            {
                results.Add(result);
            }

            return text == SpecLine.Finished;
        });
        return new SpecRun(results, crash, stalled, lowered);
    }

    /// <summary>
    /// Writes <paramref name="request"/>, a line that is no exercise id, and waits for the child's answer: the text of the
    /// first line it reports that starts with <paramref name="answered"/> (null, with how the child ended, when it ended first).
    /// </summary>
    public (string? Answer, Crash? Crash, bool Stalled) Ask(string request, string answered, ProcessorWatch watch)
    {
        string? answer = null;
        var (crash, stalled) = Exchange(request, watch, CancellationToken.None, text =>
        {
            answer = text.StartsWith(answered, StringComparison.Ordinal) ? text[answered.Length..] : null;
            return answer is not null;
        });
        return (answer, crash, stalled);
    }

    /// <summary>Writes <paramref name="request"/>, then hands each line the child reports to <paramref name="take"/> until it says the exchange is done, or the child ends.</summary>
    private (Crash? Crash, bool Stalled) Exchange(string request, ProcessorWatch watch, CancellationToken cancel, Func<string, bool> take)
    {
        process.StandardInput.WriteLine(request);
        process.StandardInput.Flush();
        using var stop = cancel.Register(Kill);
        var before = busy.Read();
        while (true)
        {
            var line = process.StandardOutput.ReadLineAsync();
            var outcome = watch.Wait(() => busy.Read() - before, poll => line.Wait(poll));
            if (cancel.IsCancellationRequested)
            {
                Kill();
                return (null, false);
            }

            // A child that ended as the watch gave up on it (its output closing late on a busy machine) ended: it did not stall.
            if (outcome.Ending != ProcessorWatch.Ending.Returned && !(outcome.Ending == ProcessorWatch.Ending.Stalled && line.IsCompleted))
            {
                Kill();
                var spun = outcome.Ending == ProcessorWatch.Ending.Spun;
                return (spun ? new Crash(CrashKind.BusySpin, outcome.ProcessorTime, "") : null, !spun);
            }

            if (line.Result is null)
            {
                process.WaitForExit();
                ended = true;
                return (Crash.Classify(process.ExitCode, Errors()), false);
            }

            if (SpecLine.Unframed(token, line.Result) is { } text && take(text))
            {
                return (null, false);
            }
        }
    }

    /// <summary>Ends the child: an idle one when its input closes (so that it writes what it collected, coverage included), one still running by a kill.</summary>
    public void Dispose()
    {
        if (Alive)
        {
            try
            {
                process.StandardInput.Close();
                process.WaitForExit(TimeSpan.FromSeconds(5));
            }
            catch (Exception gone) when (gone is InvalidOperationException or IOException)
            {
                // It has already ended.
            }
        }

        Kill();
        process.Dispose();
    }

    /// <summary>Ends the child at once, with every process it started: code it ran still runs, and nothing more is asked of it.</summary>
    public void Kill()
    {
        ended = true;
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It has already ended.
        }
    }

    /// <summary>The ended child's error output, which words its crash; a child's left-behind descendant may keep the pipe open, so not waited for long.</summary>
    private string Errors()
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
}
