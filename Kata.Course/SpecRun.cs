namespace Kata;

/// <summary>What one run of an exercise's specs in a <see cref="SpecChild"/> gave: every result reported, and how the run ended if not normally.</summary>
/// <param name="Lowered">Some exploration ran fewer interleavings than dotnet test's: a pass is not the final word.</param>
public sealed record SpecRun(IReadOnlyList<SpecLine> Results, Crash? Crash, bool Stalled, bool Lowered = false);
