using System.Numerics;
using Kata.Tests.Support.Judging;
using Kata.Tests.Support.Systematic;

namespace Kata.Tests.Exercises;

/// <summary>Checks of exercise 02 that the mistake zoo shares with the specs, so the zoo proves what the specs catch.</summary>
internal static class SumThreadChecks
{
    /// <summary>
    /// <c>After_Join_its_total_is_10</c>: the program starts and joins A(1, 5) and returns its total
    /// (<see cref="Observation.Invariant"/>), which the check wants to be 10.
    /// </summary>
    public static void TotalAfterJoin(Observation seen) =>
        Expectation.That(seen.Total, Is.EqualTo(new BigInteger(10)),
            SumThreadMessages.ThreadTotalAfterJoin + SumThreadSpecs.CarriedOver(seen.Total, 10));
}
