using System.Reflection;
using System.Text.Json;
using Kata.Machinery;
using Kata.Tests.Support.Containment;

namespace Kata.Tests.Support.Judging;

/// <summary>
/// Where an exercise's learner code runs, outside the explorations (<see cref="Explorations"/>). A spec in the test host asks for an
/// act, a static method of its fixture that runs learner code and returns an <see cref="Observation"/>; a subject runs the
/// act and sends the observation back as data, and the spec checks it here. Where this process is itself the subject (the
/// watch's child, mutation testing, a debugger), the act runs here, and its observation crosses the same JSON.
/// </summary>
internal static class Acts
{
    /// <summary>What starts a request line: an exercise id never does.</summary>
    public const string Asked = "act ";

    /// <summary>What starts the subject's answer.</summary>
    public const string Answered = "observed ";

    /// <param name="fixture">The type that holds the act: the exercise's fixture, or <see cref="ExerciseSpecs"/> for every exercise's program.</param>
    /// <param name="act">The act's name: an internal static method of <paramref name="fixture"/> that returns an observation.</param>
    /// <param name="arguments">The act's arguments, which cross as JSON.</param>
    /// <param name="here">The act's body: runs where this process is the subject.</param>
    public static Observation Observe(Type fixture, string act, object?[] arguments, Func<Observation> here)
    {
        if (!Subjects.Enabled)
        {
            return Observation.FromJson(here().ToJson());
        }

        return Subjects.Ask(Request(fixture, act, arguments), Answered, Observation.FromJson, seen => seen.Ending != ProcessorWatch.Ending.Returned);
    }

    /// <summary>The line that asks a subject for <paramref name="act"/> of <paramref name="fixture"/>.</summary>
    public static string Request(Type fixture, string act, object?[] arguments) =>
        Asked + JsonSerializer.Serialize(new Asking(fixture.FullName!, act, [.. arguments.Select(argument => JsonSerializer.SerializeToElement(argument))]));

    /// <summary>The subject's side: runs the act <paramref name="request"/> names (without <see cref="Asked"/>) and returns its observation as JSON.</summary>
    public static string Answer(string request)
    {
        // An exception that escapes a learner's thread is the act's to report, not the end of the subject (a probe's is).
        UnhandledExceptions.KeepTheHostAlive();
        var asked = JsonSerializer.Deserialize<Asking>(request) ?? throw new JsonException("An act's request was null.");
        var fixture = typeof(Acts).Assembly.GetType(asked.Fixture, throwOnError: true)!;
        var act = fixture.GetMethod(asked.Act, BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new MissingMethodException(fixture.FullName, asked.Act);
        var parameters = act.GetParameters();
        var arguments = parameters.Select((parameter, at) => asked.Arguments[at].Deserialize(parameter.ParameterType)).ToArray();
        return ((Observation)act.Invoke(null, arguments)!).ToJson();
    }

    private sealed record Asking(string Fixture, string Act, IReadOnlyList<JsonElement> Arguments);
}
