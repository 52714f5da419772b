using System.Diagnostics;
using System.Reflection;

namespace Kata.Tests.Support.Containment;

/// <summary>
/// An assembly run again as a child process, its output read by the parent: this one by default
/// (<c>dotnet Kata.Tests.dll &lt;arguments&gt;</c>, <see cref="EntryPoint"/>), or the benchmark's.
/// </summary>
public static class TestsProcess
{
    public static ProcessStartInfo With(IEnumerable<string> arguments, Assembly? assembly = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments.Prepend((assembly ?? typeof(TestsProcess).Assembly).Location))
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}
