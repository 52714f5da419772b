using Kata.Tests.Support;
using Kata.Tests.Support.Containment;
using Kata.Text;

namespace Kata.Tests;

/// <summary>
/// The test assembly run again as a child process (<see cref="SpecChild"/>): <c>--subject</c> runs a learner's
/// <c>dotnet test</c>'s learner code (and the crash probe's), <c>--specs</c> the watch loop's.
/// </summary>
internal static class EntryPoint
{
    public static int Main(string[] args)
    {
        Settings.Fix();
        Language.Apply();
        return args switch
        {
            [SpecChild.SubjectFlag or SpecChild.WatchFlag] => SpecHost.RunEach(),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        Console.Error.WriteLine($"Kata.Tests runs as a child process only ({SpecChild.SubjectFlag} or {SpecChild.WatchFlag}, the requests on standard input); the benchmarks are dotnet run --project Kata.Benchmark.");
        return 2;
    }
}
