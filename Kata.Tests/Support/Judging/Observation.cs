using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kata.Machinery;
using Kata.Text;

namespace Kata.Tests.Support.Judging;

/// <summary>
/// What a subject saw learner code do in one run of it, and nothing more: how the run ended, what the code returned or
/// threw, what its threads threw, what it wrote to the console, and every line it printed and shared field it touched, with
/// its virtual time and thread. It crosses from the subject to the test host as data; <see cref="Judge"/> and the checks of
/// an exploration decide what it means there.
/// </summary>
/// <param name="Returned">The code's return value as invariant text; null when it threw or returns nothing.</param>
/// <param name="LoopWaitsOutside">The world's event loop waits for something no kata primitive sees (a stalled run's reason).</param>
/// <param name="NeverJoined">The threads started and never joined, by name.</param>
internal sealed record Observation(
    ProcessorWatch.Ending Ending,
    bool LoopWaitsOutside,
    string? Returned,
    Thrown? Threw,
    Thrown? ThreadFailure,
    Thrown? Uncaught,
    IReadOnlyList<string> Console,
    IReadOnlyList<WorldEvent> Events,
    TimeSpan Elapsed,
    IReadOnlyList<string> NeverJoined,
    SleptHolding? SleptHoldingALock,
    LoopReport? Loop)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>What <paramref name="world"/> holds once a run in it ended: its events, its clock, its threads' mistakes.</summary>
    public static Observation Of(VirtualWorld world, ProcessorWatch.Ending ending, string? returned, Thrown? threw, Thrown? uncaught = null, IReadOnlyList<string>? console = null) =>
        new(ending, world.LoopWaitsOutside, returned, threw,
            world.Failures.FirstOrDefault() is { } failed ? Thrown.Of(failed.Exception, failed.Thread) : null,
            uncaught, console ?? [], world.Events, world.Elapsed, world.NeverJoined, world.SleptHoldingALock, world.Loop);

    /// <summary>What <paramref name="world"/> holds after code that returned nothing ran in it.</summary>
    public static Observation Of(VirtualWorld world) => Of(world, ProcessorWatch.Ending.Returned, null, null);

    [JsonIgnore]
    public IReadOnlyList<PrintedLine> Lines => [.. Events.OfType<PrintedLine>()];

    [JsonIgnore]
    public IReadOnlyList<SharedAccess> Accesses => [.. Events.OfType<SharedAccess>()];

    /// <summary>A total as <see cref="Returned"/> holds it.</summary>
    public static string Invariant(BigInteger total) => total.ToString(CultureInfo.InvariantCulture);

    /// <summary>The total the code returned (<see cref="Invariant"/>); read once nothing else is wrong with the run.</summary>
    [JsonIgnore]
    public BigInteger Total => BigInteger.Parse(Returned ?? throw new InvalidOperationException("The code returned no total."), CultureInfo.InvariantCulture);

    [JsonIgnore]
    public IReadOnlyList<string> Transcript => [.. Lines.Select(line => line.Text)];

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static Observation FromJson(string json) =>
        JsonSerializer.Deserialize<Observation>(json, Json) ?? throw new JsonException("An observation was null.");
}

/// <summary>An exception as a subject saw it: its type and every base type by full name, its message, and where it was thrown.</summary>
/// <param name="Thread">The thread it ended, for an exception that ended one.</param>
/// <param name="In">The exercise's method it left ("AsyncSum.SumAsync"), if it left the exercise's own code.</param>
/// <param name="Line">The line of <paramref name="In"/> it was thrown at, when the build has line numbers (else 0).</param>
internal sealed record Thrown(IReadOnlyList<string> Types, string Message, string? ParamName, string StackTrace, string? Thread = null, string? In = null, int Line = 0)
{
    private const string ExerciseNamespace = "Kata.Exercises";

    public static Thrown Of(Exception exception, string? thread = null)
    {
        var types = new List<string>();
        for (var type = exception.GetType(); type is not null; type = type.BaseType)
        {
            types.Add(type.FullName ?? type.Name);
        }

        var (method, line) = Where(exception);
        return new Thrown(types, exception.Message, (exception as ArgumentException)?.ParamName, exception.StackTrace ?? "", thread, method, line);
    }

    /// <summary>
    /// The exercise's method an exception left and its line: a task has no name a learner gave it, so the method it ran names
    /// it (a state machine's type is nested in its method's class).
    /// </summary>
    private static (string? Method, int Line) Where(Exception exception)
    {
        var frame = new StackTrace(exception, fNeedFileInfo: true).GetFrames()
            .FirstOrDefault(frame => frame.GetMethod()?.DeclaringType is { } type && (type.DeclaringType ?? type).Namespace == ExerciseNamespace);
        if (frame?.GetMethod() is not { DeclaringType: { } type } method)
        {
            return (null, 0);
        }

        var owner = type.DeclaringType ?? type;
        var name = type.DeclaringType is not null && type.Name.StartsWith('<') ? type.Name[1..type.Name.IndexOf('>', StringComparison.Ordinal)] : method.Name;
        return ($"{owner.Name}.{name}", frame.GetFileLineNumber());
    }

    /// <summary>"ArgumentException": the type's own name, as the specs' messages name it.</summary>
    [JsonIgnore]
    public string Name => Types[0][(Types[0].LastIndexOf('.') + 1)..];

    /// <summary>The message as a learner reads it: a stub's in the language of the run.</summary>
    [JsonIgnore]
    public string LearnerMessage => Types[0] == typeof(NotImplementedException).FullName ? Unwritten.MessageOf(new NotImplementedException(Message)) : Message;

    public bool Is<T>()
        where T : Exception => Types.Contains(typeof(T).FullName);

    /// <summary>As NUnit words an exception a spec did not expect: "System.ArgumentException : message", then where it was thrown.</summary>
    public override string ToString() => $"{Types[0]} : {LearnerMessage}";
}
