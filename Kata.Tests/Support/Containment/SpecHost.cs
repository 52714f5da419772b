using Kata.Tests.Support.Judging;
using NUnit;
using NUnit.Framework.Api;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Kata.Tests.Support.Containment;

/// <summary>
/// The child side of a <see cref="SpecChild"/> (<c>dotnet Kata.Tests.dll --subject</c>, or the watch's <c>--specs</c>): answers
/// each request with a line framed by its run's token: an act's observation, an exploration's record, a probe's end, or, for
/// an exercise id (the watch), each of its specs' results as a line of JSON the moment NUnit's own runner knows it, so the
/// parent keeps every result that came before a crash. The child is the containment, so the specs' own crash probe is off:
/// the parent sets <see cref="Variables.Contained"/> for the child.
/// </summary>
internal static class SpecHost
{
    /// <summary>
    /// A spec child (<see cref="SpecChild"/>): answers each request read from standard input, in turn, until the input closes:
    /// an act a spec asks for (<see cref="Acts"/>), a program it asks to explore (<see cref="Explorations"/>), a program the
    /// crash probe asks for (<see cref="ProbeHost"/>), or an exercise id, whose specs it runs (the watch's child). Learner code
    /// reads no request: its standard input is empty from here on.
    /// </summary>
    public static int RunEach()
    {
        var requests = Console.In;
        Console.SetIn(TextReader.Null);
        var output = Console.Out;
        // What learner code writes to the console from here on is not the parent's: a line without its end would run into
        // the next answer. An act still sees its own writes (Learner), and the watch's NUnit run captures each spec's.
        Console.SetOut(TextWriter.Null);
        while (requests.ReadLine() is { } request)
        {
            if (request.StartsWith(Acts.Asked, StringComparison.Ordinal))
            {
                Report(output, Acts.Answered + Acts.Answer(request[Acts.Asked.Length..]));
            }
            else if (request.StartsWith(Explorations.Asked, StringComparison.Ordinal))
            {
                Report(output, Explorations.Answered + Explorations.Answer(request[Explorations.Asked.Length..]));
            }
            else if (request.StartsWith(ProbeHost.Asked, StringComparison.Ordinal))
            {
                ProbeHost.RunOne(request[ProbeHost.Asked.Length..]);
                Report(output, ProbeHost.Answered);
            }
            else
            {
                Run(output, request);
            }
        }

        return 0;
    }

    /// <summary>Writes one line for the parent, with this run's token, at once: lines written without it are learner code's.</summary>
    private static void Report(TextWriter output, string text)
    {
        lock (output)
        {
            output.WriteLine(SpecLine.Framed(Settings.SpecToken, text));
            output.Flush();
        }
    }

    private static void Run(TextWriter output, string exerciseId)
    {
        var runner = new NUnitTestAssemblyRunner(new DefaultTestAssemblyBuilder());
        runner.Load(typeof(SpecHost).Assembly, new Dictionary<string, object> { [FrameworkPackageSettings.NumberOfTestWorkers] = 0 });
        runner.Run(new Listener(output), TestFilter.FromXml($"<filter><cat>{System.Security.SecurityElement.Escape(exerciseId)}</cat></filter>"));
        if (Systematic.Exploration.Lowered)
        {
            Report(output, SpecLine.Lowered);
        }

        Report(output, SpecLine.Finished);
    }

    private sealed class Listener(TextWriter output) : ITestListener
    {
        public void TestStarted(ITest test)
        {
        }

        public void TestFinished(ITestResult result)
        {
            if (result.Test.IsSuite)
            {
                return;
            }

            var outcome = result.ResultState.Status switch
            {
                TestStatus.Passed => SpecLine.Passed,
                TestStatus.Failed => SpecLine.Failed,
                TestStatus.Inconclusive => SpecLine.Inconclusive,
                _ => result.ResultState.Status.ToString(),
            };
            Report(output, new SpecLine(result.Name, result.Test.ClassName ?? "", result.Test.MethodName ?? "", outcome, result.Message ?? "").ToJson());
        }

        public void TestOutput(TestOutput output)
        {
        }

        public void SendMessage(TestMessage message)
        {
        }
    }
}
