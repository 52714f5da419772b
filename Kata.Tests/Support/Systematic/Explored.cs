using System.Text.Json;
using System.Text.Json.Serialization;
using Kata.Tests.Support.Judging;

namespace Kata.Tests.Support.Systematic;

/// <summary>
/// What exploring a program saw (<see cref="Exploration.Record"/>): every interleaving run, in order, as an
/// <see cref="Observation"/>, and what Coyote found in the last. It crosses from a subject to the test host as data, and
/// <see cref="Exploration.Judge"/> decides there what it means for each check.
/// </summary>
/// <param name="Seed">The seed of the first interleaving; interleaving k ran with seed + k - 1.</param>
/// <param name="Planned">The interleavings the exploration was allowed.</param>
internal sealed record Explored(uint Seed, uint Planned, IReadOnlyList<Observation> Runs, Explored.Finding? Found)
{
    public string ToJson() => JsonSerializer.Serialize(this, Observation.Json);

    public static Explored FromJson(string json) =>
        JsonSerializer.Deserialize<Explored>(json, Observation.Json) ?? throw new JsonException("An exploration was null.");

    /// <summary>Coyote's report of the last interleaving, and its words for the learner (<see cref="CoyoteFinding"/>).</summary>
    /// <param name="Spun">A hang whose threads used processor time: a busy spin, not a wait.</param>
    /// <param name="Section">The lesson section that discusses it, if any ("deadlock").</param>
    /// <param name="AfterTheRun">The program had returned when Coyote ended the interleaving (a thread it left behind): the run's checks still apply.</param>
    internal sealed record Finding(FindingKind Kind, bool Spun, string Words, string? Section, bool AfterTheRun)
    {
        /// <summary>Coyote ended the run itself (a deadlock, the step bound, a hang).</summary>
        [JsonIgnore]
        public bool EndedTheRun => Kind is FindingKind.Deadlock or FindingKind.StepBound or FindingKind.Hang;

        /// <summary>A hang whose threads used no processor: nothing is known against the code.</summary>
        [JsonIgnore]
        public bool Stalled => Kind == FindingKind.Hang && !Spun;

        /// <summary>A thread of the program still runs or waits in the process that explored it: Coyote could not end it.</summary>
        [JsonIgnore]
        public bool LeftRunning => Kind == FindingKind.Hang;
    }
}
