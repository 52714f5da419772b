using System.Text.Json;
using System.Text.Json.Serialization;
using Kata.Machinery;
using Kata.Text;

namespace Kata.Tests.Support.Judging;

/// <summary>
/// What a subject saw learner code do in one run of it, and nothing more: how the run ended, what the code returned or
/// threw, what its threads threw, what it wrote to the console, and every line it printed with its virtual time and thread.
/// It crosses from the subject to the test host as data; <see cref="Judge"/> decides what it means there.
/// </summary>
/// <param name="Returned">The code's return value as invariant text; null when it threw or returns nothing.</param>
/// <param name="LoopWaitsOutside">The world's event loop waits for something no kata primitive sees (a stalled run's reason).</param>
internal sealed record Observation(
    ProcessorWatch.Ending Ending,
    bool LoopWaitsOutside,
    string? Returned,
    Thrown? Threw,
    Thrown? ThreadFailure,
    Thrown? Uncaught,
    IReadOnlyList<string> Console,
    IReadOnlyList<PrintedLine> Lines,
    TimeSpan Elapsed)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web) { Converters = { new JsonStringEnumConverter() } };

    [JsonIgnore]
    public IReadOnlyList<string> Transcript => [.. Lines.Select(line => line.Text)];

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static Observation FromJson(string json) =>
        JsonSerializer.Deserialize<Observation>(json, Json) ?? throw new JsonException("An observation was null.");
}

/// <summary>An exception as a subject saw it: its type and every base type by full name, its message, and where it was thrown.</summary>
/// <param name="Thread">The thread it ended, for an exception that ended one.</param>
internal sealed record Thrown(IReadOnlyList<string> Types, string Message, string? ParamName, string StackTrace, string? Thread = null)
{
    public static Thrown Of(Exception exception, string? thread = null)
    {
        var types = new List<string>();
        for (var type = exception.GetType(); type is not null; type = type.BaseType)
        {
            types.Add(type.FullName ?? type.Name);
        }

        return new Thrown(types, exception.Message, (exception as ArgumentException)?.ParamName, exception.StackTrace ?? "", thread);
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
