using System.Runtime.CompilerServices;

namespace Kata.Exercises;

/// <summary>Attack: a module initializer changes the run's settings (one interleaving, a chosen seed) as soon as Kata.dll loads.</summary>
internal static class Tuning
{
    [ModuleInitializer]
    internal static void Settle()
    {
        Environment.SetEnvironmentVariable("KATA_ITERATIONS", "1");
        Environment.SetEnvironmentVariable("KATA_SEED", "4");
    }
}
