using Kata.Machinery;
using Kata.Tests.Support.Containment;
using NUnit.Framework.Internal;

namespace Kata.Tests.Machinery;

/// <summary>How a spec runs learner code: only the spec decides the spec's result, and only what the code uses decides when to stop waiting.</summary>
[TestFixture]
[Category("machinery")]
[EnglishMessages]
public sealed class LearnerSpecs
{
    private static IEnumerable<TestCaseData> ResultExceptions()
    {
        yield return new TestCaseData(new SuccessException("passed")).SetName("Learner_code_that_throws_NUnit_s_success_fails_its_spec");
        yield return new TestCaseData(new IgnoreException("ignored")).SetName("Learner_code_that_throws_NUnit_s_ignore_fails_its_spec");
        yield return new TestCaseData(new InconclusiveException("unsure")).SetName("Learner_code_that_throws_NUnit_s_inconclusive_fails_its_spec");
    }

    [TestCaseSource(nameof(ResultExceptions))]
    public void Learner_code_cannot_throw_its_own_result(ResultStateException thrown)
    {
        var failure = InSpec(() => Learner.Run(new VirtualWorld(), () => throw thrown));

        Assert.That(failure, Is.TypeOf<AssertionException>());
        Assert.That(failure?.Message, Does.StartWith($"The code threw {thrown.GetType().Name}, one of NUnit's own result exceptions"));
    }

    [Test]
    public void A_result_exception_escaping_a_learner_thread_fails_its_spec()
    {
        var failure = InSpec(() => Learner.Run(new VirtualWorld(), () =>
        {
            var thread = new Thread(() => throw new SuccessException("passed"));
            thread.Start();
            thread.Join();
        }));

        Assert.That(failure, Is.TypeOf<AssertionException>());
    }

    [Test]
    public void Code_that_spins_fails_with_the_processor_time_it_used()
    {
        var stop = false;
        try
        {
            var failure = InSpec(() => Learner.Run(new VirtualWorld(), () =>
            {
                while (!Volatile.Read(ref stop))
                {
                }

                return true;
            }, new ProcessorWatch(TimeSpan.FromMilliseconds(200), TimeSpan.FromHours(1))));

            Assert.That(failure?.Message, Does.StartWith("The code's threads used 0.2 s of processor time and the code still did not return"));
        }
        finally
        {
            Volatile.Write(ref stop, true);
        }
    }

    [Test]
    public void Code_that_waits_using_nothing_is_inconclusive_not_failed()
    {
        using var never = new ManualResetEventSlim();

        var failure = InSpec(() => Learner.Run(new VirtualWorld(), () => never.Wait(TimeSpan.FromHours(1)), new ProcessorWatch(TimeSpan.FromHours(1), TimeSpan.Zero)));
        never.Set();

        Assert.That(failure, Is.TypeOf<InconclusiveException>());
        Assert.That(failure?.Message, Does.Contain("nothing was running"));
    }

    [Test]
    public void The_run_s_settings_are_read_once_and_cannot_be_changed_afterwards()
    {
        var before = Settings.Iterations;
        var variable = Variables.Iterations;
        var previous = Environment.GetEnvironmentVariable(variable);
        try
        {
            Environment.SetEnvironmentVariable(variable, "1");
            Assert.That(Settings.Iterations, Is.EqualTo(before));
            Assert.That(() => typeof(Settings).GetField(nameof(Settings.Iterations))!.SetValue(null, (uint?)1), Throws.InstanceOf<FieldAccessException>());
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, previous);
        }
    }

    /// <summary>What a spec would report, caught in an isolated NUnit context so that this spec's own result stays clean.</summary>
    private static Exception? InSpec(Action spec)
    {
        using var isolated = new TestExecutionContext.IsolatedContext();
        try
        {
            spec();
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }
}
