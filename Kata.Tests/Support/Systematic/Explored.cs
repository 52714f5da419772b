using System.Text.Json;
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

    /// <summary>Coyote's report of the last interleaving, in the learner's words (<see cref="CoyoteFinding"/>).</summary>
    /// <param name="EndedTheRun">Coyote ended the run itself (a deadlock, the step bound, a hang), before anything looked at it.</param>
    /// <param name="Stalled">A hang whose threads used no processor: nothing is known against the code.</param>
    /// <param name="Section">The lesson section that discusses it, if any ("deadlock").</param>
    internal sealed record Finding(bool EndedTheRun, bool Stalled, string Words, string? Section);
}
