using Microsoft.Coyote;

namespace Kata.Tests.Support.Systematic;

/// <summary>How Coyote chooses the next thread at each scheduling point; the benchmark compares them on the zoo.</summary>
internal sealed record Strategy(string Name, Func<Configuration, Configuration> Apply)
{
    /// <summary>A uniformly random choice at every scheduling point: what the specs use.</summary>
    public static readonly Strategy Random = new("random", configuration => configuration.WithRandomStrategy());

    /// <summary>Coyote's default: a tuned portfolio of strategies, one per iteration.</summary>
    public static readonly Strategy Portfolio = new("portfolio", configuration => configuration);

    /// <summary>PCT: threads run by priority, with up to 10 random priority changes per run.</summary>
    public static readonly Strategy Prioritization = new("prioritization", configuration => configuration.WithPrioritizationStrategy(false, 10));

    /// <summary>Keeps running the same thread, switching with probability 1/8 at each point.</summary>
    public static readonly Strategy Probabilistic = new("probabilistic", configuration => configuration.WithProbabilisticStrategy(3));

    public static readonly Strategy DelayBounding = new("delay-bounding", configuration => configuration.WithDelayBoundingStrategy(false, 10));

    public static IReadOnlyList<Strategy> All { get; } = [Random, Portfolio, Prioritization, Probabilistic, DelayBounding];

    public override string ToString() => Name;
}
