using Kata.Machinery;
using Kata.Tests.Mistakes;

namespace Kata.Tests.Support.Containment;

/// <summary>The child side of <see cref="CrashProbe"/>: <c>dotnet Kata.Tests.dll --probe &lt;subject&gt;</c>.</summary>
public static class ProbeHost
{
    public const string Flag = "--probe";
    public const string Finished = "probe: the program ended without crashing its process";

    public static int Run(string subject)
    {
        var program = Programs.ById.TryGetValue(subject, out var exercise) ? exercise : BrokenCode.ById[subject];
        using (new VirtualWorld().Enter())
        {
            try
            {
                program();
            }
            catch (Exception)
            {
                // An exception is no crash: the specs report it in-process, with more to say.
            }
        }

        Console.WriteLine(Finished);
        return 0;
    }
}
