using Kata.Tests.Support.Judging;
using NUnit;
using NUnit.Framework.Api;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Kata.Tests.Support.Containment;

/// <summary>
/// The child side of a <see cref="SpecChild"/> (<c>dotnet Kata.Tests.dll --subject</c>, or the watch's <c>--specs</c>): runs
/// each exercise's specs with NUnit's own runner and writes each result as a line of JSON the moment it is known, so the
/// parent keeps every result that came before a crash. The child is the containment, so the specs' own crash probe is off:
/// the parent sets <see cref="Variables.Contained"/> for the child.
/// </summary>
internal static class SpecHost
{
    /// <summary>
    /// A spec child (<see cref="SpecChild"/>): runs each exercise id read from standard input, in turn, each act a judged
    /// exercise's spec asks for (<see cref="Acts"/>) and each program the crash probe asks for (<see cref="ProbeHost"/>),
    /// until the input closes. Learner code reads no request: its standard input is empty from here on.
    /// </summary>
    public static int RunEach()
    {
        var requests = Console.In;
        Console.SetIn(TextReader.Null);
        var output = Console.Out;
        while (requests.ReadLine() is { } request)
        {
            if (request.StartsWith(Acts.Asked, StringComparison.Ordinal))
            {
                Answer(output, Acts.Answered + Acts.Answer(request[Acts.Asked.Length..]));
            }
            else if (request.StartsWith(ProbeHost.Asked, StringComparison.Ordinal))
            {
                ProbeHost.RunOne(request[ProbeHost.Asked.Length..]);
                Answer(output, ProbeHost.Answered);
            }
            else
            {
                Run(request);
            }
        }

        return 0;
    }

    private static void Answer(TextWriter output, string answer)
    {
        lock (output)
        {
            output.WriteLine(SpecLine.Framed(Settings.SpecToken, answer));
            output.Flush();
        }
    }

    public static int Run(string exerciseId)
    {
        var runner = new NUnitTestAssemblyRunner(new DefaultTestAssemblyBuilder());
        runner.Load(typeof(SpecHost).Assembly, new Dictionary<string, object> { [FrameworkPackageSettings.NumberOfTestWorkers] = 0 });
        var output = Console.Out;
        runner.Run(new Listener(output), TestFilter.FromXml($"<filter><cat>{System.Security.SecurityElement.Escape(exerciseId)}</cat></filter>"));
        if (Systematic.Exploration.Lowered)
        {
            output.WriteLine(SpecLine.Framed(Settings.SpecToken, SpecLine.Lowered));
        }

        output.WriteLine(SpecLine.Framed(Settings.SpecToken, SpecLine.Finished));
        output.Flush();
        return 0;
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
            var line = new SpecLine(result.Name, result.Test.ClassName ?? "", result.Test.MethodName ?? "", outcome, result.Message ?? "").ToJson();
            lock (output)
            {
                output.WriteLine(SpecLine.Framed(Settings.SpecToken, line));
                output.Flush();
            }
        }

        public void TestOutput(TestOutput output)
        {
        }

        public void SendMessage(TestMessage message)
        {
        }
    }
}
