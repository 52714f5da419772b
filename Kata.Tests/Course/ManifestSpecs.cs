using System.Text.RegularExpressions;

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

    [Test]
    public void Every_exercise_has_a_runnable_program_and_every_program_an_exercise()
    {
        Assert.That(Programs.ById.Keys, Is.EquivalentTo(Manifest.Exercises.Select(exercise => exercise.Id)));
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
    public void Every_exercise_has_specs_in_its_own_category(Exercise exercise)
    {
        var fixtures = typeof(ManifestSpecs).Assembly.GetTypes()
            .Where(type => type.GetCustomAttributes(typeof(CategoryAttribute), false).Cast<CategoryAttribute>().Any(category => category.Name == exercise.Id));

        Assert.That(fixtures, Is.Not.Empty);
        Assert.That(Directory.Exists(Repository.PathOf($"Kata.Tests/Exercises/{exercise.Id}")), Is.True);
    }

    [TestCaseSource(nameof(Exercises))]
    public void The_points_table_names_every_spec_of_the_exercise_once_each_worth_a_point_or_more(Exercise exercise)
    {
        Assert.That(exercise.Specs.Keys, Is.EquivalentTo(SpecNames(exercise.Id)), $"the specs of {exercise.Id} in {Manifest.FileName}");
        Assert.That(exercise.Specs.Values, Is.All.Positive);
        Assert.That(exercise.Points, Is.EqualTo(exercise.Specs.Values.Sum()));
    }

    [Test]
    public void Spec_names_are_unique_across_exercises_so_that_grading_can_find_them_by_name()
    {
        var names = Manifest.Exercises.SelectMany(exercise => exercise.Specs.Keys).ToList();

        Assert.That(names, Is.Unique);
    }

    [TestCaseSource(nameof(Exercises))]
    public void The_readme_links_both_lessons(Exercise exercise)
    {
        var readme = File.ReadAllText(Repository.PathOf("README.md"));

        Assert.That(readme, Does.Contain($"({exercise.Lesson("en")})").And.Contain($"({exercise.Lesson("ko")})"));
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
    private static IEnumerable<string> SpecNames(string category) =>
        typeof(ManifestSpecs).Assembly.GetTypes()
            .Where(type => type.GetCustomAttributes(typeof(CategoryAttribute), false).Cast<CategoryAttribute>().Any(attribute => attribute.Name == category))
            .SelectMany(type => type.GetMethods())
            .SelectMany(method => method.GetCustomAttributes(typeof(TestAttribute), false).Length > 0
                ? [method.Name]
                : method.GetCustomAttributes(typeof(TestCaseAttribute), false).Cast<TestCaseAttribute>()
                    .Select(testCase => testCase.TestName ?? throw new InvalidOperationException($"{method.Name}: every exercise test case needs a TestName, the name graded.")));

    [GeneratedRegex("^([0-9]{2})-[a-z]+(-[a-z]+)*$")]
    private static partial Regex IdPattern();
}
