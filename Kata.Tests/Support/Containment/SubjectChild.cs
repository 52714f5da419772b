using System.Diagnostics;
using System.Security.Cryptography;

namespace Kata.Tests.Support.Containment;

/// <summary>
/// A subject process that runs exercises one after another, each on request (<c>--subject</c>, the ids on its standard
/// input): two of them serve a run instead of one process per exercise, and each pays the runtime's start and JIT once.
/// It is judged like any spec child: by its processor time and its output, and a line counts only with its run's token.
/// </summary>
internal sealed class SubjectChild : IDisposable
{
    private readonly Process process;
    private readonly ChildProcessorTime busy;
    private readonly string token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
    private readonly Task<string> errors;

    public SubjectChild()
    {
        var start = TestsProcess.With([SpecHost.SubjectFlag]);
        start.RedirectStandardInput = true;
        start.RedirectStandardError = true;
        start.Environment[Variables.Contained] = "1";
        start.Environment[Variables.SpecToken] = token;
        process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        busy = new ChildProcessorTime(process);
        errors = process.StandardError.ReadToEndAsync();
    }

    /// <summary>False once the child ended or was ended: it runs nothing more.</summary>
    public bool Alive { get; private set; } = true;

    /// <summary>Runs <paramref name="exerciseId"/>'s specs in this child and waits for their results, or for the child's end.</summary>
    public SpecRun Run(string exerciseId, ProcessorWatch watch)
    {
        process.StandardInput.WriteLine(exerciseId);
        process.StandardInput.Flush();
        var results = new List<SpecLine>();
        var lowered = false;
        var before = busy.Read();
        while (true)
        {
            var line = process.StandardOutput.ReadLineAsync();
            var outcome = watch.Wait(() => busy.Read() - before, poll => line.Wait(poll));
            if (outcome.Ending != ProcessorWatch.Ending.Returned && !(outcome.Ending == ProcessorWatch.Ending.Stalled && line.IsCompleted))
            {
                Dispose();
                var spun = outcome.Ending == ProcessorWatch.Ending.Spun;
                return new SpecRun(results, spun ? new Crash(CrashKind.BusySpin, outcome.ProcessorTime, "") : null, !spun, lowered);
            }

            if (line.Result is null)
            {
                process.WaitForExit();
                Alive = false;
                return new SpecRun(results, Crash.Classify(process.ExitCode, errors.Wait(TimeSpan.FromSeconds(1)) ? errors.Result : ""), false, lowered);
            }

            var text = SpecLine.Unframed(token, line.Result);
            if (text == SpecLine.Finished)
            {
                return new SpecRun(results, null, false, lowered);
            }

            if (text == SpecLine.Lowered)
            {
                lowered = true;
            }
            else if (SpecLine.Parse(text) is { } result)
            {
                results.Add(result);
            }
        }
    }

    /// <summary>Ends the child: an idle one when its input closes, one still running by a kill.</summary>
    public void Dispose()
    {
        Alive = false;
        try
        {
            process.StandardInput.Close();
            if (!process.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception ended) when (ended is InvalidOperationException or IOException)
        {
            // It has already ended.
        }
    }
}
