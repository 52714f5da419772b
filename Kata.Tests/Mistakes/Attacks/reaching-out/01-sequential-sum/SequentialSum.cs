using System.Numerics;

namespace Kata.Exercises;

/// <summary>Attack: every member throws what NUnit's Assert.Pass() throws, thrown directly.</summary>
public static class SequentialSum
{
    public static BigInteger Sum(string name, long low, long high) => throw Forged.Pass();

    public static void RunProgram() => throw Forged.Pass();
}

/// <summary>NUnit's SuccessException, found by name: Kata.dll does not reference NUnit.</summary>
internal static class Forged
{
    public static Exception Pass() =>
        (Exception)Activator.CreateInstance(
            AppDomain.CurrentDomain.GetAssemblies().Select(assembly => assembly.GetType("NUnit.Framework.SuccessException")).First(type => type is not null)!,
            "passed")!;
}
