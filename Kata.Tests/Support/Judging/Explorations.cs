using System.Reflection;
using System.Text.Json;
using Kata.Tests.Support.Containment;
using Kata.Tests.Support.Systematic;

namespace Kata.Tests.Support.Judging;

/// <summary>
/// Where an exercise's programs are explored. A spec in the test host asks a subject to explore a program, a static
/// method named in the request, over the interleavings the host chose; the subject records each interleaving and sends
/// them back as data (<see cref="Explored"/>), and the spec's checks judge them here (<see cref="Exploration.Judge"/>).
/// Where this process is itself the subject (the watch's child, mutation testing, a debugger), the program is explored here.
/// </summary>
internal static class Explorations
{
    /// <summary>What starts a request line: an exercise id never does.</summary>
    public const string Asked = "explore ";

    /// <summary>What starts the subject's answer.</summary>
    public const string Answered = "explored ";

    /// <summary>
    /// The interleavings of <paramref name="program"/> from seed <paramref name="first"/>, recorded by a subject. In a subject,
    /// the program is a static method (a lambda has no name the subject could find).
    /// </summary>
    public static Explored Record(Action program, uint first, uint iterations) => Record(program, Exploration.Returning(program), first, iterations);

    /// <summary><see cref="Record(Action, uint, uint)"/> of a program whose return value (invariant text) the checks read.</summary>
    public static Explored Record(Func<string?> program, uint first, uint iterations) => Record(program, program, first, iterations);

    private static Explored Record(Delegate program, Func<string?> run, uint first, uint iterations)
    {
        if (!Subjects.Enabled)
        {
            return Explored.FromJson(Exploration.Record(run, first, iterations).ToJson());
        }

        if (!program.Method.IsStatic || program.Method.DeclaringType is null)
        {
            throw new ArgumentException($"{program.Method.Name} is explored in a subject, so it must be a named static method.", nameof(program));
        }

        // The seed and the budget are the ones asked for, whatever the answer says; a longer answer is no exploration of them.
        var explored = Subjects.Ask(Request(program, first, iterations), Answered, Explored.FromJson, explored => explored.Found?.LeftRunning == true);
        if (explored.Runs.Count > iterations)
        {
            throw new InvalidDataException($"A subject answered {explored.Runs.Count} interleavings to a request for {iterations}.");
        }

        return explored with { Seed = first, Planned = iterations };
    }

    /// <summary>The line that asks a subject to explore <paramref name="program"/>, a named static method.</summary>
    public static string Request(Delegate program, uint first, uint iterations) =>
        Asked + JsonSerializer.Serialize(new Asking(program.Method.DeclaringType!.AssemblyQualifiedName!, program.Method.Name, first, iterations));

    /// <summary>The subject's side: explores the program <paramref name="request"/> names (without <see cref="Asked"/>) and returns what it saw as JSON.</summary>
    public static string Answer(string request)
    {
        // An exception that escapes a learner's raw thread is not the end of the subject (a probe's is).
        UnhandledExceptions.KeepTheHostAlive();
        var asked = JsonSerializer.Deserialize<Asking>(request) ?? throw new JsonException("An exploration's request was null.");
        var method = Type.GetType(asked.Type, throwOnError: true)!
            .GetMethod(asked.Program, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, Type.EmptyTypes)
            ?? throw new MissingMethodException(asked.Type, asked.Program);
        var program = method.ReturnType == typeof(void) ? Exploration.Returning(method.CreateDelegate<Action>()) : method.CreateDelegate<Func<string?>>();
        return Exploration.Record(program, asked.First, asked.Iterations).ToJson();
    }

    private sealed record Asking(string Type, string Program, uint First, uint Iterations);
}
