using System.Globalization;
using System.Numerics;
using Kata.Tests.Support.Systematic;

namespace Kata.Tests.Machinery;

[TestFixture]
[Category("machinery")]
public sealed class ThreadChecksSpecs
{
    [TestCase("[A] total = 1", "A")]
    [TestCase("[W1] total = 3", "W1")]
    [TestCase("[worker-10] total = 60", "worker-10")]
    public void A_sum_line_names_its_thread_however_long_the_name(string line, string thread) =>
        Assert.That(ThreadChecks.Owner(line), Is.EqualTo(thread));

    [TestCase("Done!")]
    [TestCase("start:[a] 2024-09-14 22:01:09")]
    [TestCase("[] total = 1")]
    [TestCase("[A total = 1")]
    [TestCase("[A] total = many")]
    [TestCase("[A] joined")]
    public void Other_lines_name_no_thread(string line) =>
        Assert.That((ThreadChecks.Owner(line), ThreadChecks.Step(line)), Is.EqualTo(((string?)null, (SumStep?)null)));

    [TestCase("[A] total = 15", "A", "15")]
    [TestCase("[B] total = -7", "B", "-7")]
    [TestCase("[C] total = 42535295865117307932921825928971026432", "C", "42535295865117307932921825928971026432")]
    public void A_sum_line_gives_its_thread_and_total(string line, string thread, string total) =>
        Assert.That(ThreadChecks.Step(line), Is.EqualTo(new SumStep(thread, BigInteger.Parse(total, CultureInfo.InvariantCulture))));
}
