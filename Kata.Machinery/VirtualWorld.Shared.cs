using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;

namespace Kata.Machinery;

/// <summary>What the woven learner code tells a virtual world: each shared access, and the C# locks it takes.</summary>
internal sealed partial class VirtualWorld
{
    /// <summary>Printed lines and shared accesses, in the order they happened.</summary>
    private readonly List<WorldEvent> events = [];

    private readonly ConditionalWeakTable<object, VirtualLock> monitors = new();

    /// <summary>A number per object whose fields were touched, in the order first touched, so that a replay names them alike.</summary>
    private readonly ConditionalWeakTable<object, object> owners = new();
    private int ownerCount;

    /// <summary>Every printed line and every read and write of a shared field (woven learner code), in the order they happened.</summary>
    public IReadOnlyList<WorldEvent> Events => Snapshot(events);

    public IReadOnlyList<SharedAccess> Accesses => [.. Events.OfType<SharedAccess>()];

    internal override WorldLock LockOf(object monitor, string? name)
    {
        lock (gate)
        {
            return monitors.GetValue(monitor, _ => new VirtualLock(this, string.IsNullOrEmpty(name) ? NextLockName() : name, reentrant: true));
        }
    }

    /// <summary>
    /// A scheduling point only where it can change something: while another thread could run at this same virtual moment.
    /// The others are waiting (a lock, a join), ahead in time (they go when this thread sleeps) or ended, and a switch to none
    /// of them is possible, so a point there would only cost an exploration steps.
    /// </summary>
    internal override void Point(string field, bool write)
    {
        var current = CurrentTimeline;
        if (!Foreign(current) && started.ToArray().Prepend(main).Any(other => other != current && other.State == Phase.Running && other.Elapsed == current.Elapsed))
        {
            threading.Access(field, write);
        }
    }

    internal override void Record<T>(object? owner, string field, AccessKind kind, T value, string? operation = null)
    {
        var current = CurrentTimeline;
        var shown = value switch
        {
            null => "null",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            string or bool or char => value.ToString(),
            _ => value.GetType().Name,
        };
        lock (gate)
        {
            var id = owner is null ? 0 : (int)owners.GetValue(owner, _ => ++ownerCount);
            events.Add(new SharedAccess(current.Elapsed, Foreign(current) ? UnknownThread : current.Name, field, id, kind, shown!, operation)
            {
                Lock = Foreign(current) ? null : current.Holding.LastOrDefault()?.Name,
            });
        }
    }
}

/// <summary>Something that happened in a <see cref="VirtualWorld"/>: when (on the thread's clock) and on which thread.</summary>
/// <remarks>Events cross from the process that ran learner code to the one that judges it as JSON, each named by its kind.</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "event")]
[JsonDerivedType(typeof(PrintedLine), "line")]
[JsonDerivedType(typeof(SharedAccess), "access")]
internal abstract record WorldEvent(TimeSpan At, string Thread);

/// <summary>
/// One read or write of a shared field by woven learner code: <paramref name="Field"/> is <c>Type.name</c> (a captured
/// local: its name), <paramref name="Owner"/> numbers the object it belongs to in this world (0: a static field),
/// <paramref name="Value"/> the value read or written (an atomic call's result), <paramref name="Operation"/> the
/// <see cref="Interlocked"/> or <see cref="Volatile"/> call, if any.
/// </summary>
internal sealed record SharedAccess(TimeSpan At, string Thread, string Field, int Owner, AccessKind Kind, string Value, string? Operation)
    : WorldEvent(At, Thread)
{
    /// <summary>The field as a learner named it: <c>total</c> for <c>SharedTotal.total</c>.</summary>
    [JsonIgnore]
    public string Name => Field[(Field.LastIndexOf('.') + 1)..];

    /// <summary>
    /// The lock the thread held at the access (the last it took), if any: two threads that lose an update while each holds a
    /// lock of its own held different locks, and the check can say so.
    /// </summary>
    public string? Lock { get; init; }

    /// <summary>True for an access that only reads: a plain read, <see cref="Interlocked.Read(ref long)"/>, <see cref="Volatile.Read(ref int)"/>.</summary>
    [JsonIgnore]
    public bool Reads => Kind == AccessKind.Read || Operation?.EndsWith(".Read", StringComparison.Ordinal) == true;
}
