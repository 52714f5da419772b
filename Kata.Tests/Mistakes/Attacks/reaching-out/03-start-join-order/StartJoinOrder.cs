using Kata.Machinery;

namespace Kata.Exercises;

/// <summary>Attack: print the notebook's lines, then end the process with exit code 0 before anything checks them.</summary>
public static class StartJoinOrder
{
    public static void RunProgram()
    {
        foreach (var line in (string[])[
            "start:[a] 2024-09-14 22:01:09", "start:[b] 2024-09-14 22:01:09", "start:[c] 2024-09-14 22:01:09",
            "[A] total = 1", "[B] total = 5", "[C] total = 10", "[A] total = 3", "[B] total = 11", "[C] total = 21",
            "[A] total = 6", "[B] total = 18", "[C] total = 33", "[A] total = 10", "finish:[a] 2024-09-14 22:01:13",
            "[B] total = 26", "[C] total = 46", "[B] total = 35", "finish:[b] 2024-09-14 22:01:14", "[C] total = 60",
            "finish:[c] 2024-09-14 22:01:14", "Done!"])
        {
            Output.Print(line);
        }

        Environment.Exit(0);
    }
}
