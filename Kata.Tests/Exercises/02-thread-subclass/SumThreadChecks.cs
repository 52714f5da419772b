using Kata.Tests.Support.Judging;
using System.Numerics;
using Kata.Machinery;
using Kata.Tests.Support.Systematic;

namespace Kata.Tests.Exercises;

/// <summary>Checks of exercise 02 that the mistake zoo shares with the specs, so the zoo proves what the specs catch.</summary>
internal static class SumThreadChecks
{
    /// <summary>
    /// <c>After_Join_its_total_is_10</c>: <paramref name="run"/> starts and joins A(1, 5) and returns its total, which
    /// the check wants to be 10. The program and its check share the total, one pair per caller.
    /// </summary>
    public static (Action Program, Action<Observation> Check) TotalAfterJoin(Func<BigInteger> run)
    {
        BigInteger total = 0;
        return (() => total = run(), _ => Expectation.That(total, Is.EqualTo(new BigInteger(10)),
            SumThreadMessages.ThreadTotalAfterJoin + SumThreadSpecs.CarriedOver(total, 10)));
    }
}
