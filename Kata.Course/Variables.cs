namespace Kata;

/// <summary>
/// The environment variables the kata reads, named once for all who set or read them: the specs and their child
/// processes, the watch, the progress logger and the grading tool.
/// </summary>
public static class Variables
{
    /// <summary>The messages' language, <c>ko</c> or <c>en</c>.</summary>
    public const string Language = "KATA_LANG";

    /// <summary>The seed of every exploration: a failure's replay line sets it.</summary>
    public const string Seed = "KATA_SEED";

    /// <summary>Interleavings per exploration, lowered by the watch's first verdict and by the mutation run.</summary>
    public const string Iterations = "KATA_ITERATIONS";

    /// <summary>Set in a process that is itself the containment, a spec child (<see cref="SpecChild"/>): no crash probe and no subjects of its own.</summary>
    public const string Contained = "KATA_CONTAINED";

    /// <summary>
    /// The token a spec child (<see cref="SpecChild"/>) puts before each line it reports, chosen at random by its parent for each
    /// run: a line the learner's code prints, even one shaped like a result, is never taken for one.
    /// </summary>
    public const string SpecToken = "KATA_SPEC_TOKEN";

    /// <summary>The reference build, for builds that cannot pass MSBuild properties (Directory.Build.props).</summary>
    public const string Reference = "KATA_REFERENCE";

    /// <summary>1: a spec of a generated part of the docs writes it instead of comparing it.</summary>
    public const string WriteTables = "KATA_WRITE_TABLES";
}
