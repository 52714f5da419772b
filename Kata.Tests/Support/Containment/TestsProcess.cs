using System.Diagnostics;

namespace Kata.Tests.Support.Containment;

/// <summary>This assembly run again as a child process (<c>dotnet Kata.Tests.dll &lt;arguments&gt;</c>, <see cref="EntryPoint"/>), its output read by the parent.</summary>
internal static class TestsProcess
{
    public static ProcessStartInfo With(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments.Prepend(typeof(TestsProcess).Assembly.Location))
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}
