using Kata.Machinery;

namespace Kata.Tests.Machinery;

/// <summary>What both event loop fixtures run their programs with: a second of virtual time, and a virtual world that runs an async program as a learner's.</summary>
internal static class VirtualRun
{
    public static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);

    public static void Run(VirtualWorld world, Func<Task> program) => Learner.Run(world, () => World.Current.Run(program));
}
