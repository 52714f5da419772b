using Kata.Tests.Support;
using Kata.Tests.Support.Containment;
using Kata.Text;

namespace Kata.Tests;

/// <summary>
/// The test assembly run again as a child process: <c>--probe &lt;subject&gt;…</c> is the crash probe's child,
/// <c>--subject</c> a learner's <c>dotnet test</c>'s and <c>--specs</c> the watch loop's (<see cref="SpecChild"/>).
/// </summary>
internal static class EntryPoint
{
    public static int Main(string[] args)
    {
        Settings.Fix();
        Language.Apply();
        return args switch
        {
            [ProbeHost.Flag, .. var subjects] => ProbeHost.Run(subjects),
            [SpecChild.SubjectFlag or SpecChild.WatchFlag] => SpecHost.RunEach(),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        Console.Error.WriteLine($"Kata.Tests runs as a child process only ({ProbeHost.Flag} <exercise>…, {SpecChild.SubjectFlag} or {SpecChild.WatchFlag}, the exercises on standard input); the benchmarks are dotnet run --project Kata.Benchmark.");
        return 2;
    }
}
