using Kata.Machinery;
using Kata.Tests.Support.Judging;

namespace Kata.Tests.Support.Systematic;

/// <summary>The judge of an exploration: each check over each interleaving recorded, from data.</summary>
internal sealed partial class Exploration
{
    /// <summary>
    /// What the checks found so far, one interleaving after another: per check, the first interleaving that broke it. A run
    /// that threw, let a thread end in an exception, or that Coyote ended (a deadlock, the step bound, a hang) breaks every
    /// check not broken yet, and nothing after it is looked at.
    /// </summary>
    private sealed class Verdicts(uint seed, uint planned, IReadOnlyList<Action<Observation>> checks, bool sameEverywhere)
    {
        private readonly Exploration?[] found = new Exploration?[checks.Count];

        /// <summary>Per check: broken the same way in every interleaving so far (the words of its first failure, each time).</summary>
        private readonly bool[] same = Enumerable.Repeat(sameEverywhere, checks.Count).ToArray();

        private int looked;

        /// <summary>Looks at the next interleaving; true once looking on could change no result.</summary>
        /// <param name="endedBy">Coyote's finding, when it ended this run itself: what the program threw while Coyote unwound its threads is not the learner's, so the finding wins.</param>
        public bool Look(Observation run, Explored.Finding? endedBy = null)
        {
            looked++;
            var broke = endedBy is { EndedTheRun: true, AfterTheRun: false } finding
                ? Broke(run, finding)
                : run.Threw is { } threw ? Broke(run, Explain(threw), section: threw.Is<BlockingWaitException>() ? "mistakes" : null)
                : run.ThreadFailure is { } failed ? Broke(run, ThreadChecks.Ended(failed))
                : null;
            if (broke is not null)
            {
                Fill(broke);
                return true;
            }

            for (var i = 0; i < checks.Count; i++)
            {
                try
                {
                    if (found[i] is null || same[i])
                    {
                        checks[i](run);
                        same[i] = sameEverywhere && found[i] is null;
                    }
                }
                catch (Exception exception)
                {
                    if (found[i] is null)
                    {
                        found[i] = Broke(run, Explain(exception), exception as Expectation);
                        same[i] = sameEverywhere && looked == 1;
                    }
                    else
                    {
                        same[i] = same[i] && Explain(exception) == found[i]!.Failure;
                    }
                }
            }

            // A thread the program left behind was ended by Coyote after it returned: what its checks did not find, the finding breaks.
            if (endedBy is { EndedTheRun: true, AfterTheRun: true } after)
            {
                Fill(Broke(run, after));
                return true;
            }

            // Once every check broke, looking on only tells whether some check breaks the same way in every interleaving.
            return found.All(exploration => exploration is not null) && !same.Any(uniform => uniform);
        }

        /// <summary>One result per check, once <paramref name="explored"/> was looked at.</summary>
        public IReadOnlyList<Exploration> Results(Explored explored)
        {
            var runs = explored.Runs;
            // A finding that did not end the run (a report the kata does not know) breaks what nothing else broke.
            if (explored.Found is { EndedTheRun: false } other && runs.Count > 0)
            {
                looked = runs.Count;
                Fill(Broke(runs[^1], other));
            }

            for (var i = 0; i < found.Length; i++)
            {
                if (same[i] && found[i] is { Explored: 1 } first && runs.Count == planned && planned > 1)
                {
                    first.BrokeInAll = runs.Count;
                }
            }

            return [.. found.Select(exploration => exploration ?? new Exploration(seed, planned, runs.Count, null, null, runs.LastOrDefault()))];
        }

        private Exploration Broke(Observation run, string failure, Expectation? marked = null, bool stalled = false, string? section = null) =>
            new(seed, planned, looked, failure, marked, run, stalled, section);

        /// <summary>What Coyote found broke the run: in its words, inconclusive where it only stalled, linking its section.</summary>
        private Exploration Broke(Observation run, Explored.Finding finding) =>
            Broke(run, finding.Words, stalled: finding.Stalled, section: finding.Section);

        /// <summary>Breaks every check not broken yet; no check can break the same way everywhere after it.</summary>
        private void Fill(Exploration broke)
        {
            for (var i = 0; i < found.Length; i++)
            {
                found[i] ??= broke;
            }

            same.AsSpan().Clear();
        }
    }
}
