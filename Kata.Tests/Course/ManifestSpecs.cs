using System.Reflection;
using System.Text.RegularExpressions;
using Kata.Tests.Support.Containment;

namespace Kata.Tests.Course;

/// <summary>The course is whole: what exercises.json lists exists, in code, specs and both languages.</summary>
[TestFixture]
[Category("machinery")]
public sealed partial class ManifestSpecs
{
    private static readonly string[] Languages = ["en", "ko"];

#if KATA_REFERENCE
    private const bool ReferenceBuild = true;
#else
    private const bool ReferenceBuild = false;
#endif

    private static IEnumerable<TestCaseData> Exercises() =>
        Manifest.Exercises.Select(exercise => new TestCaseData(exercise).SetArgDisplayNames(exercise.Id));

    [Test]
    public void Ids_are_numbered_in_course_order_from_01()
    {
        var numbers = Manifest.Exercises.Select(exercise => IdPattern().Match(exercise.Id)).ToList();

        Assert.That(numbers.Select(match => match.Success), Is.All.True, "ids look like NN-kebab-case");
        Assert.That(numbers.Select(match => int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)),
            Is.EqualTo(Enumerable.Range(1, numbers.Count)));
    }

    [TestCaseSource(nameof(Exercises))]
    public void Every_exercise_has_a_runnable_program(Exercise exercise)
    {
        Assert.That(Programs.ById.Keys, Does.Contain(exercise.Id),
            $"{Programs.ClassOf(exercise.Id)} has no public static void RunProgram(), and Kata/Programs.cs lists no program of its own for {exercise.Id}");
    }

    [Test]
    public void A_program_by_convention_is_the_named_class_s_static_RunProgram_and_nothing_else()
    {
        Assert.That(Manifest.Exercises.Where(exercise => !Programs.Own.ContainsKey(exercise.Id)).Select(exercise => Programs.ByConvention(exercise.Id)), Is.All.Not.Null);
        // No such class; SumThread has no static RunProgram(); AsyncSum has RunProgramAsync() only.
        Assert.That(new[] { "99-no-such-class", "99-sum-thread", "99-async-sum" }.Select(Programs.ByConvention), Is.All.Null);
    }

    [Test]
    public void Every_program_of_its_own_is_an_exercises()
    {
        Assert.That(Programs.Own.Keys.Except(Manifest.Exercises.Select(exercise => exercise.Id)), Is.Empty, "Kata/Programs.cs");
    }

    [TestCaseSource(nameof(Exercises))]
    public void Lessons_exist_in_both_languages_with_every_listed_section(Exercise exercise)
    {
        foreach (var language in Languages)
        {
            var lesson = Repository.PathOf(exercise.Lesson(language));
            Assert.That(lesson, Does.Exist);
            var text = File.ReadAllText(lesson);
            Assert.That(exercise.Sections, Is.Not.Empty);
            foreach (var section in exercise.Sections)
            {
                Assert.That(text, Does.Contain($"<a id=\"{section}\"></a>"), $"{exercise.Lesson(language)} lacks section '{section}'");
            }
        }
    }

    [TestCaseSource(nameof(Exercises))]
    public void Stubs_and_reference_solutions_have_the_same_files_and_every_stub_has_a_todo_and_throws(Exercise exercise)
    {
        Assume.That(ReferenceBuild, Is.True,
            "Checked in the reference build (CI): in the learner build the stubs are the learner's to change, and the learner edition has no reference solutions.");
        var stubs = Files($"Kata/Exercises/{exercise.Id}");
        var references = Files($"Kata/Reference/{exercise.Id}");

        Assert.That(stubs, Is.Not.Empty);
        Assert.That(references, Is.EqualTo(stubs));
        foreach (var stub in stubs)
        {
            var text = File.ReadAllText(Repository.PathOf($"Kata/Exercises/{exercise.Id}/{stub}"));
            Assert.That(text, Does.Contain("// TODO").And.Contain("throw new NotImplementedException("), stub);
        }
    }

    [TestCaseSource(nameof(Exercises))]
    public void Every_exercise_has_its_spec_fixtures_in_its_own_folder_each_an_ExerciseSpecs_with_its_crash_probe(Exercise exercise)
    {
        var fixtures = Fixtures(exercise.Id).ToList();

        Assert.That(Repository.PathOf($"Kata.Tests/Exercises/{exercise.Id}"), Does.Exist);
        Assert.That(fixtures, Is.Not.Empty, $"no fixture is marked [Exercise(\"{exercise.Id}\")]");
        Assert.That(fixtures.Where(fixture => !fixture.IsSubclassOf(typeof(ExerciseSpecs))), Is.Empty,
            $"fixtures of {exercise.Id} that do not derive from {nameof(ExerciseSpecs)}, so run no crash probe");
    }

    [Test]
    public void Exercise_specs_are_marked_with_Exercise_not_with_a_bare_category()
    {
        var ids = Manifest.Exercises.Select(exercise => exercise.Id).ToHashSet();
        var bare = typeof(ManifestSpecs).Assembly.GetTypes()
            .Where(type => type.GetCustomAttributes<CategoryAttribute>(false).Any(category => category is not ExerciseAttribute && ids.Contains(category.Name)));

        Assert.That(bare.Select(type => type.FullName), Is.Empty);
    }

    [Test]
    public void Every_fixture_is_an_exercises_or_the_kata_s_own()
    {
        var neither = typeof(ManifestSpecs).Assembly.GetTypes()
            .Where(type => type.GetCustomAttribute<TestFixtureAttribute>() is not null || type.GetMethods().Any(method => method.GetCustomAttribute<TestAttribute>() is not null))
            .Where(type => type.GetCustomAttribute<ExerciseAttribute>() is null && !type.GetCustomAttributes<CategoryAttribute>().Any(category => category.Name == "machinery"));

        Assert.That(neither.Select(type => type.FullName), Is.Empty,
            "a learner's dotnet test runs every fixture not in category machinery (Kata.Tests.runsettings): mark the kata's own [Category(\"machinery\")]");
    }

    [TestCaseSource(nameof(Exercises))]
    public void Every_exercise_has_its_messages_in_both_languages_beside_its_specs(Exercise exercise)
    {
        var folder = Repository.PathOf($"Kata.Tests/Exercises/{exercise.Id}");

        Assert.That(Directory.GetFiles(folder, "*Messages.resx").Select(Path.GetFileName), Has.Exactly(1).Items, $"{folder}: its *Messages.resx");
        Assert.That(Directory.GetFiles(folder, "*Messages.ko.resx").Select(Path.GetFileName), Has.Exactly(1).Items, $"{folder}: its *Messages.ko.resx");
    }

    [TestCaseSource(nameof(Exercises))]
    public void The_points_table_names_every_spec_of_the_exercise_once_each_worth_a_point_or_more(Exercise exercise)
    {
        Assert.That(exercise.Specs.Keys, Is.EquivalentTo(SpecNames(exercise.Id)), $"the specs of {exercise.Id} in {Manifest.FileName}");
        Assert.That(exercise.Specs.Values, Is.All.Positive);
    }

    [TestCaseSource(nameof(Exercises))]
    public void The_crash_probe_runs_every_spec_of_the_exercise(Exercise exercise)
    {
        Assert.That(ProbeHost.SpecCalls(exercise.Id).Count(), Is.EqualTo(exercise.Specs.Count));
    }

    [TestCaseSource(nameof(Exercises))]
    public void Each_lesson_but_the_last_points_to_the_next_one_and_every_lesson_it_names_exists(Exercise exercise)
    {
        var index = Manifest.Exercises.ToList().IndexOf(exercise);
        foreach (var language in Languages)
        {
            var text = File.ReadAllText(Repository.PathOf(exercise.Lesson(language)));
            var named = LessonPath().Matches(text).Select(match => match.Value).Distinct();

            Assert.That(named.Where(path => !File.Exists(Repository.PathOf(path))), Is.Empty, $"{exercise.Lesson(language)} names lessons that do not exist");
            if (index + 1 < Manifest.Exercises.Count)
            {
                Assert.That(text, Does.Contain(Manifest.Exercises[index + 1].Lesson(language)), $"{exercise.Lesson(language)} does not point to the next lesson");
            }
        }
    }

    [Test]
    public void Spec_names_are_unique_across_exercises_so_that_grading_can_find_them_by_name()
    {
        var names = Manifest.Exercises.SelectMany(exercise => exercise.Specs.Keys).ToList();

        Assert.That(names, Is.Unique);
    }

    [Test]
    public void An_unknown_exercise_id_is_named_in_the_error()
    {
        Assert.That(() => Manifest.Find("99-nothing"),
            Throws.TypeOf<KeyNotFoundException>().With.Message.EqualTo("No exercise '99-nothing' in exercises.json."));
    }

    [Test]
    public void A_manifest_without_exercises_is_an_error()
    {
        Assert.That(() => Manifest.Parse("null"),
            Throws.TypeOf<InvalidDataException>().With.Message.EqualTo("exercises.json has no exercises."));
    }

    private static string[] Files(string folder) =>
        [.. Directory.GetFiles(Repository.PathOf(folder), "*.cs").Select(Path.GetFileName).Order()!];

    /// <summary>The names a run reports for the specs of one category: the method's, or its test case's TestName.</summary>
    private static IEnumerable<Type> Fixtures(string id) =>
        typeof(ManifestSpecs).Assembly.GetTypes().Where(type => type.GetCustomAttribute<ExerciseAttribute>()?.Name == id);

    private static IEnumerable<string> SpecNames(string id) =>
        Fixtures(id)
            .SelectMany(type => type.GetMethods())
            .SelectMany(method => method.GetCustomAttributes(typeof(TestAttribute), false).Length > 0
                ? [method.Name]
                : method.GetCustomAttributes(typeof(TestCaseAttribute), false).Cast<TestCaseAttribute>()
                    .Select(testCase => testCase.TestName ?? throw new InvalidOperationException($"{method.Name}: every exercise test case needs a TestName, the name graded.")));

    [GeneratedRegex(@"docs/(en|ko)/[0-9]{2}-[a-z-]+\.md")]
    private static partial Regex LessonPath();

    [GeneratedRegex("^([0-9]{2})-[a-z]+(-[a-z]+)*$")]
    private static partial Regex IdPattern();
}
