using Kata.Machinery;
using Kata.Text;

namespace Kata.Tests.Support.Systematic;

/// <summary>What kind of end Coyote reported for an interleaving.</summary>
internal enum FindingKind
{
    /// <summary>Nothing Coyote found: a check or the program itself broke the run, or nothing did.</summary>
    None,

    /// <summary>Every controlled thread waits and none can go on.</summary>
    Deadlock,

    /// <summary>The run took more scheduling steps than <see cref="Exploration.MaxSteps"/>.</summary>
    StepBound,

    /// <summary>A thread did not reach its next scheduling point in time: a busy spin, or a wait Coyote cannot see.</summary>
    Hang,

    /// <summary>A report the kata does not know.</summary>
    Other,
}

/// <summary>
/// Coyote's report of an interleaving, read in this one place into what the kata says: the kind of end, and who waits for
/// what, held by whom (the virtual world's own record, since Coyote names threads only as "Op(3)"). Coyote's wording is
/// matched here only; what a learner reads comes from the kata's messages, never from the report.
/// </summary>
internal sealed record CoyoteFinding(FindingKind Kind, IReadOnlyList<ThreadWait> Waits, string? Report)
{
    public static CoyoteFinding Nothing { get; } = new(FindingKind.None, [], null);

    /// <summary>Reads <paramref name="report"/> (Coyote's bug report, or null) beside the world's <paramref name="waits"/>.</summary>
    public static CoyoteFinding Read(string? report, IReadOnlyList<ThreadWait>? waits = null) => new(KindOf(report), waits ?? [], report);

    /// <summary>True when Coyote ended the interleaving itself, before any check ran.</summary>
    public bool EndedTheRun => Kind is FindingKind.Deadlock or FindingKind.StepBound or FindingKind.Hang;

    /// <summary>The lesson section that explains this end, where an exercise has one ("deadlock").</summary>
    public string? Section => Kind == FindingKind.Deadlock ? "deadlock" : null;

    /// <summary>The finding in the learner's words.</summary>
    /// <param name="spun">The run's threads used processor time while hung: a busy spin, not a wait.</param>
    public string Explain(bool spun, TimeSpan hangAfter) => Kind switch
    {
        FindingKind.Deadlock when Waits.Count > 0 => Language.Format(SpecMessages.ExplorationDeadlockWaits, string.Join(SpecMessages.ExplorationDeadlockWaitsSeparator, Waits.Select(ThreadChecks.Described))),
        FindingKind.Deadlock => SpecMessages.ExplorationDeadlock,
        FindingKind.StepBound => Language.Format(SpecMessages.ExplorationStepBound, Exploration.MaxSteps),
        FindingKind.Hang when spun => SpecMessages.ExplorationSpin,
        FindingKind.Hang => Language.Format(SpecMessages.LearnerDidNotReturn, hangAfter.TotalSeconds),
        _ => Language.Format(SpecMessages.ExplorationBug, Report),
    };

    private static FindingKind KindOf(string? report) =>
        report is null ? FindingKind.None
        : report.StartsWith("Deadlock detected", StringComparison.Ordinal) ? FindingKind.Deadlock
        : report.StartsWith("Scheduling steps bound", StringComparison.Ordinal) ? FindingKind.StepBound
        : report.StartsWith("Potential deadlock or hang", StringComparison.Ordinal) ? FindingKind.Hang
        : FindingKind.Other;
}
