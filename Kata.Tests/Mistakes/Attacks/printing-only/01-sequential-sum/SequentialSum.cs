using System.Numerics;
using Kata.Machinery;

namespace Kata.Exercises;

/// <summary>Attack: the program prints the notebook's transcript without summing or sleeping; Sum is not written.</summary>
public static class SequentialSum
{
    public static BigInteger Sum(string name, long low, long high) => throw new NotImplementedException("not written");

    public static void RunProgram()
    {
        foreach (var line in (string[])[
            "[A] total = 1", "[A] total = 3", "[A] total = 6", "[A] total = 10",
            "[B] total = 5", "[B] total = 11", "[B] total = 18", "[B] total = 26", "[B] total = 35",
            "[C] total = 10", "[C] total = 21", "[C] total = 33", "[C] total = 46", "[C] total = 60", "Done!"])
        {
            Output.Print(line);
        }
    }
}
