using Kata.TestLogger;

namespace Kata.Tools.Tests.TestLogger;

/// <summary>The summary printed after <c>dotnet test</c> by <see cref="ProgressLogger"/>.</summary>
[TestFixture]
[Category("machinery")]
[EnglishMessages]
public sealed class ProgressSpecs
{
    /// <summary>A course of three exercises; the first has a basic and an advanced spec.</summary>
    private static readonly IReadOnlyList<Exercise> Course = Manifest.Parse("""
        { "exercises": [
          { "id": "01-one", "title": { "en": "One", "ko": "하나" }, "hint": { "en": "Loop.", "ko": "반복." }, "sections": [], "specs": { "Basic": 1, "Advanced": 1 } },
          { "id": "02-two", "title": { "en": "Two", "ko": "둘" }, "hint": { "en": "", "ko": "" }, "sections": [], "specs": { "Any": 1 } },
          { "id": "03-three", "title": { "en": "Three", "ko": "셋" }, "hint": { "en": "", "ko": "" }, "sections": [], "specs": { "Basic": 1 } } ] }
        """);

    private static readonly string[] Ids = [.. Course.Select(exercise => exercise.Id)];

    private static readonly IReadOnlyDictionary<string, int> Declared = new Dictionary<string, int>
    {
        ["Specs.One.Basic"] = 1,
        ["Specs.One.Advanced"] = 2,
    };

    [Test]
    public void Untouched_stubs_send_the_learner_to_the_first_exercise_and_its_most_basic_spec()
    {
        var progress = Summarize(Spec(Ids[0], "Advanced", passed: false), Spec(Ids[0], "Basic", passed: false), Spec(Ids[1], "Any", passed: false));

        Assert.That(progress.Next?.Exercise.Id, Is.EqualTo(Ids[0]));
        Assert.That(progress.Next?.Failing[0].Name, Is.EqualTo("Basic"));
        Assert.That(progress.Render(), Does.Contain($"✗ {Ids[0]}").And.Contain("0/2")
            .And.Contain($"Next: {Ids[0]}").And.Contain("first failing spec: Basic")
            .And.Contain($"lesson: docs/en/{Ids[0]}.md").And.Contain($"dotnet test --filter TestCategory={Ids[0]}"));
    }

    [Test]
    public void The_first_failing_spec_is_shown_in_full_and_each_other_failing_spec_of_its_exercise_in_one_line()
    {
        var progress = Summarize(
            Spec(Ids[0], "Basic", passed: false, message: "Expected 10" + Environment.NewLine + "  but was 0" + Environment.NewLine),
            Spec(Ids[0], "Advanced", passed: false, message: "Expected 4 lines" + Environment.NewLine + "picture"),
            Spec(Ids[1], "Any", passed: false, message: "not this exercise"));

        var lines = progress.Render().Split(Environment.NewLine);

        Assert.That(lines.SkipWhile(line => !line.StartsWith("Next:", StringComparison.Ordinal)).Take(6).Prepend(lines[lines.ToList().FindIndex(line => line.StartsWith("Next:", StringComparison.Ordinal)) - 1]), Is.EqualTo(new[]
        {
            "",
            $"Next: {Ids[0]} (One)",
            "  first failing spec: Basic",
            "      Expected 10",
            "        but was 0",
            "  also failing (1):",
            "      Advanced",
        }));
        Assert.That(progress.Render(), Does.Not.Contain("picture").And.Not.Contain("not this exercise"));
    }

    [Test]
    public void A_solved_exercise_is_checked_and_the_next_one_comes_up()
    {
        var progress = Summarize(Spec(Ids[0], "Basic", passed: true), Spec(Ids[0], "Advanced", passed: true), Spec(Ids[1], "Any", passed: false));

        Assert.That(progress.Render(), Does.Match($"✓ {Ids[0]} +2/2 ").And.Contain($"Next: {Ids[1]}").And.Not.Contain("2/2,"));
    }

    [Test]
    public void A_single_failing_spec_has_no_list_of_others()
    {
        var rendered = Summarize(Spec(Ids[0], "Basic", passed: false), Spec(Ids[0], "Advanced", passed: true)).Render();

        Assert.That(rendered, Does.Contain("first failing spec: Basic" + Environment.NewLine + "  lesson:").And.Not.Contain("also failing"));
    }

    [Test]
    public void A_run_that_solved_one_exercise_and_ran_no_other_does_not_call_the_kata_done()
    {
        var progress = Summarize(Spec(Ids[0], "Basic", passed: true), Spec(Ids[0], "Advanced", passed: true));

        Assert.That(progress.Next, Is.Null);
        Assert.That(progress.Render(), Does.Not.Contain("exercises pass"));
    }

    [Test]
    public void A_filtered_run_counts_against_all_the_specs_of_the_exercise_and_says_how_many_ran()
    {
        var progress = Summarize(Spec(Ids[0], "Basic", passed: true));

        Assert.That(progress.Exercises[0].Solved, Is.False, "one of two specs passing solves nothing");
        Assert.That(progress.Render(), Does.Contain($"✗ {Ids[0]}                 1/2, 1 run").And.Contain($"· {Ids[1]}"));
    }

    [Test]
    public void When_every_exercise_passes_the_kata_is_done()
    {
        var progress = Summarize([.. Course.SelectMany(exercise => exercise.Specs.Keys.Select(name => Spec(exercise.Id, name, passed: true)))]);

        Assert.That(progress.Next, Is.Null);
        Assert.That(progress.Render(), Does.Contain($"All {Ids.Length} exercises pass"));
    }

    [Test]
    public void Exercises_without_results_are_shown_as_not_run_and_named_when_the_run_was_aborted()
    {
        var progress = Progress.Summarize(Course, [Spec(Ids[0], "Basic", passed: true)], aborted: true, Declared);

        Assert.That(progress.Render(), Does.Contain($"· {Ids[1]}").And.Contain("not run")
            .And.Contain($"The test run ended before every spec reported").And.Contain(string.Join(", ", Ids[1..])));
        Assert.That(progress.Render(), Does.Not.Contain("All "), "An aborted run is not a finished kata.");
    }

    [Test]
    public void A_failing_spec_of_the_kata_itself_is_not_blamed_on_the_learner()
    {
        var progress = Summarize(Spec(Ids[0], "Basic", passed: true), Spec("machinery", "Basic", passed: false));

        Assert.That(progress.KataFailures, Is.EqualTo(1));
        Assert.That(progress.Render(), Does.Contain("1 of the kata's own specs failed"));
    }

    [Test]
    public void It_opens_with_its_title_and_the_next_exercise_gets_its_hint()
    {
        var rendered = Summarize(Spec(Ids[0], "Basic", passed: false)).Render();

        Assert.That(rendered, Does.StartWith("Kata progress"));
        Assert.That(rendered, Does.Contain("hint: Loop."));
        Assert.That(rendered, Does.Not.Contain("kata's own specs"), "No word about the kata's own specs when none failed.");
    }

    [Test]
    public void An_exercise_that_did_not_run_is_not_the_next_one()
    {
        var progress = Summarize(Spec(Ids[1], "Basic", passed: false));

        Assert.That(progress.Next?.Exercise.Id, Is.EqualTo(Ids[1]));
    }

    [Test]
    public void Failing_specs_of_unknown_order_come_up_in_alphabetical_order()
    {
        var progress = Summarize(Spec(Ids[0], "Beta", passed: false), Spec(Ids[0], "Alpha", passed: false));

        Assert.That(progress.Next?.Failing[0].Name, Is.EqualTo("Alpha"));
    }

    [Test]
    public void Only_failing_specs_outside_every_exercise_count_as_the_kata_s_own_failures()
    {
        var progress = Summarize(Spec("machinery", "Fine", passed: true), Spec(Ids[0], "Basic", passed: false),
            new SpecResult("Tagged", [Ids[0], "slow"], false, true, "Kata.Tests.dll", "Specs.One", "Tagged"));

        Assert.That(progress.KataFailures, Is.Zero);
    }

    [Test]
    public void A_skipped_spec_of_the_kata_itself_is_no_failure()
    {
        var progress = Summarize([.. Course.SelectMany(exercise => exercise.Specs.Keys.Select(name => Spec(exercise.Id, name, passed: true))),
            new SpecResult("Skipped", ["machinery"], false, false, "Kata.Tests.dll", "Specs.One", "Skipped")]);

        Assert.That(progress.KataFailures, Is.Zero);
        Assert.That(progress.Render(), Does.Contain($"All {Ids.Length} exercises pass"));
    }

    [Test]
    public void An_inconclusive_spec_of_the_kata_itself_is_no_failure()
    {
        var progress = Summarize(Spec(Ids[0], "Basic", passed: false),
            new SpecResult("Reference only", ["machinery"], false, true, "Kata.Tests.dll", "Specs.One", "Reference only", "Assume.That(ReferenceBuild, Is.True)", Undecided: true));

        Assert.That(progress.KataFailures, Is.Zero);
        Assert.That(progress.Render(), Does.Not.Contain("kata's own"));
    }

    [Test]
    public void A_skipped_exercise_spec_is_neither_passed_nor_failing()
    {
        var progress = Summarize(Spec(Ids[0], "Basic", passed: true), new SpecResult("Advanced", [Ids[0]], false, false, "Kata.Tests.dll", "Specs.One", "Advanced"));

        Assert.That((progress.Exercises[0].Passed, progress.Exercises[0].Run, progress.Exercises[0].Failing), Is.EqualTo((1, 2, Array.Empty<SpecResult>())));
    }

    [Test]
    public void Declaration_order_is_read_from_the_test_assembly()
    {
        var order = DeclarationOrder.Of(typeof(ProgressSpecs).Assembly.Location);
        var prefix = typeof(ProgressSpecs).FullName;

        Assert.That(order[$"{prefix}.{nameof(Untouched_stubs_send_the_learner_to_the_first_exercise_and_its_most_basic_spec)}"],
            Is.LessThan(order[$"{prefix}.{nameof(A_solved_exercise_is_checked_and_the_next_one_comes_up)}"]));
    }

    private static Progress Summarize(params SpecResult[] results) => Progress.Summarize(Course, results, aborted: false, Declared);

    private static SpecResult Spec(string category, string method, bool passed, string message = "") =>
        new(method, [category], passed, !passed, "Kata.Tests.dll", "Specs.One", method, message);
}
