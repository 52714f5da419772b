using Kata.TestLogger;
using Kata.Text;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Client;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Logging;

namespace Kata.Tools.Tests.TestLogger;

/// <summary><see cref="ProgressLogger"/> as VSTest drives it: results one by one, then the end of the run.</summary>
[TestFixture]
[Category("machinery")]
[EnglishMessages]
public sealed class ProgressLoggerSpecs
{
    private static readonly string[] Ids = [.. Manifest.Exercises.Select(exercise => exercise.Id)];

    private static readonly TestProperty CategoryProperty = Register(SpecResult.CategoryProperty, typeof(string[]));
    private static readonly TestProperty ClassProperty = Register("NUnit.ClassName", typeof(string));
    private static readonly TestProperty MethodProperty = Register("NUnit.MethodName", typeof(string));

    [Test]
    public void At_the_end_of_a_run_it_prints_each_exercise_and_the_next_step()
    {
        var first = Manifest.Exercises[0].Specs.Keys.Select(name => Result(Ids[0], name, TestOutcome.Passed));
        var printed = Run(Source, aborted: false, canceled: false,
            [.. first, Result(Ids[1], "Basic", TestOutcome.Failed, message: "Expected 10"), Result(Ids[1], "Other", TestOutcome.Skipped)]);

        var all = Manifest.Exercises[0].Specs.Count;
        Assert.That(printed, Does.Contain("Kata progress").And.Contain($"✓ {Ids[0]}").And.Contain($"{all}/{all}")
            .And.Contain($"✗ {Ids[1]}").And.Contain($"0/{Manifest.Exercises[1].Specs.Count}, 2 run").And.Contain($"Next: {Ids[1]}")
            .And.Contain("first failing spec: Basic" + Environment.NewLine + "      Expected 10"));
    }

    [TestCase(true, false, TestName = "An_aborted_run_names_the_exercises_without_results")]
    [TestCase(false, true, TestName = "A_canceled_run_names_the_exercises_without_results")]
    public void Unfinished_runs(bool aborted, bool canceled)
    {
        var printed = Run(Source, aborted, canceled, Result(Ids[0], "Basic", TestOutcome.Passed));

        Assert.That(printed, Does.Contain("The test run ended before every spec reported"));
    }

    [Test]
    public void A_finished_run_is_not_called_aborted()
    {
        Assert.That(Run(Source, aborted: false, canceled: false, Result(Ids[0], "Basic", TestOutcome.Passed)),
            Does.Not.Contain("The test run ended before every spec reported"));
    }

    [Test]
    public void The_first_failing_spec_is_the_first_declared_in_the_spec_file()
    {
        // Declared in this order above, though alphabetically the other way round.
        var printed = Run(Source, aborted: false, canceled: false,
            Result(Ids[0], nameof(A_finished_run_is_not_called_aborted), TestOutcome.Failed, className: typeof(ProgressLoggerSpecs).FullName!),
            Result(Ids[0], nameof(At_the_end_of_a_run_it_prints_each_exercise_and_the_next_step), TestOutcome.Failed, className: typeof(ProgressLoggerSpecs).FullName!));

        Assert.That(printed, Does.Contain($"first failing spec: {nameof(At_the_end_of_a_run_it_prints_each_exercise_and_the_next_step)}"));
    }

    [Test]
    public void The_summary_is_set_apart_by_a_blank_line_in_the_pinned_language_whatever_the_thread_speaks()
    {
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("ko");

        var printed = Run(Source, aborted: false, canceled: false, Result(Ids[0], "Basic", TestOutcome.Passed));

        Assert.That(printed, Does.StartWith(Environment.NewLine + "Kata progress"));
    }

    [Test]
    public void The_logger_gives_the_summary_the_language_of_the_run_whatever_its_messages_were_set_to()
    {
        Language.Use("ko");
        CourseMessages.Culture = System.Globalization.CultureInfo.GetCultureInfo("en");

        var printed = Run(Source, aborted: false, canceled: false, Result(Ids[0], "Basic", TestOutcome.Passed));

        Assert.That(printed, Does.StartWith(Environment.NewLine + "카타 진행 상황"));
    }

    [Test]
    public void A_failure_without_a_message_reads_as_an_empty_message()
    {
        var result = new TestResult(new TestCase("Specs.Spec", new Uri("executor://nunit3testexecutor/"), Source) { DisplayName = "Spec" }) { Outcome = TestOutcome.Failed, ErrorMessage = null };

        Assert.That(SpecResult.From(result).Message, Is.Empty);
    }

    [Test]
    public void With_Korean_pinned_the_summary_is_in_Korean()
    {
        Language.Use("ko");

        var printed = Run(Source, aborted: false, canceled: false, Result(Ids[0], "Basic", TestOutcome.Passed));

        Assert.That(printed, Does.StartWith(Environment.NewLine + "카타 진행 상황"));
    }

    [Test]
    public void A_result_without_NUnit_properties_counts_as_the_kata_s_own()
    {
        var bare = new TestResult(new TestCase("Other.Spec", new Uri("executor://other/"), Source) { DisplayName = "Spec" }) { Outcome = TestOutcome.Failed };

        Assert.That(Run(Source, aborted: false, canceled: false, bare), Does.Contain("1 of the kata's own specs failed"));
    }

    [Test]
    public void A_run_of_another_test_assembly_prints_nothing()
    {
        var elsewhere = Path.Combine(Path.GetTempPath(), "not-the-kata", "Other.Tests.dll");

        Assert.That(Run(elsewhere, aborted: false, canceled: false, Result(Ids[0], "Basic", TestOutcome.Passed, elsewhere)), Is.Empty);
    }

    [Test]
    public void A_run_without_results_prints_nothing() =>
        Assert.That(Run(Source, aborted: true, canceled: false), Is.Empty);

    private static string Source => typeof(ProgressLoggerSpecs).Assembly.Location;

    private static string Run(string source, bool aborted, bool canceled, params TestResult[] results)
    {
        var events = new Events();
        new ProgressLogger().Initialize(events, Path.GetTempPath());
        foreach (var result in results)
        {
            events.Report(result);
        }

        var before = Console.Out;
        using var printed = new StringWriter();
        Console.SetOut(printed);
        try
        {
            events.Complete(aborted, canceled);
        }
        finally
        {
            Console.SetOut(before);
        }

        return printed.ToString();
    }

    private static TestResult Result(string category, string method, TestOutcome outcome, string? source = null, string className = "Kata.Tests.Specs", string? message = null)
    {
        var test = new TestCase($"{className}.{method}", new Uri("executor://nunit3testexecutor/"), source ?? Source) { DisplayName = method };
        test.SetPropertyValue(CategoryProperty, new[] { category });
        test.SetPropertyValue(ClassProperty, className);
        test.SetPropertyValue(MethodProperty, method);
        return new TestResult(test) { Outcome = outcome, ErrorMessage = message };
    }

    private static TestProperty Register(string id, Type type) =>
        TestProperty.Find(id) ?? TestProperty.Register(id, id, type, TestPropertyAttributes.Hidden, typeof(TestCase));

    private sealed class Events : TestLoggerEvents
    {
        public override event EventHandler<TestResultEventArgs>? TestResult;

        public override event EventHandler<TestRunCompleteEventArgs>? TestRunComplete;

        public override event EventHandler<TestRunMessageEventArgs>? TestRunMessage { add { } remove { } }

        public override event EventHandler<TestRunStartEventArgs>? TestRunStart { add { } remove { } }

        public override event EventHandler<DiscoveryStartEventArgs>? DiscoveryStart { add { } remove { } }

        public override event EventHandler<TestRunMessageEventArgs>? DiscoveryMessage { add { } remove { } }

        public override event EventHandler<DiscoveredTestsEventArgs>? DiscoveredTests { add { } remove { } }

        public override event EventHandler<DiscoveryCompleteEventArgs>? DiscoveryComplete { add { } remove { } }

        public void Report(TestResult result) => TestResult?.Invoke(this, new TestResultEventArgs(result));

        public void Complete(bool aborted, bool canceled) =>
            TestRunComplete?.Invoke(this, new TestRunCompleteEventArgs(null, canceled, aborted, null, null, TimeSpan.Zero));
    }
}
