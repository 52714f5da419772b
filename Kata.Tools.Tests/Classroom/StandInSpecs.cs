using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static Kata.Tools.Tests.Classroom.SmallKata;

namespace Kata.Tools.Tests.Classroom;

/// <summary>Learner code that stands in for a name the specs use, each way tried a row of the guide's threat table, and code that stands in for nothing.</summary>
[TestFixture]
[Category("machinery")]
public sealed class StandInSpecs
{
    private SmallKata smallKata = null!;

    [OneTimeSetUp]
    public void BuildTheTemplate() => smallKata = new SmallKata();

    [OneTimeTearDown]
    public void RemoveTheFolder() => smallKata.Remove();

    private static IEnumerable<TestCaseData> StandIns()
    {
        yield return Case("an Assert of its own in namespace Kata",
            Stub + "namespace Kata { public static class Assert { public static void That(object a, object b) { } } }",
            "the specs now bind to your [Kata]Kata.Assert", "your type Kata.Assert lies outside namespace Kata.Exercises");
        yield return Case("an Assert of its own in the global namespace",
            Stub + "public static class Assert { public static void That(object a, object b) { } }",
            "the specs now bind to your [Kata]Assert", "your type Assert lies outside namespace Kata.Exercises");
        yield return Case("an Assert of its own in the specs' namespace",
            Stub + "namespace Kata.Tests.Exercises { public static class Assert { public static void That(object a, object b) { } } }",
            "the specs now bind to your [Kata]Kata.Tests.Exercises.Assert", "your type Kata.Tests.Exercises.Assert lies outside namespace Kata.Exercises");
        yield return Case("an extension method that beats LINQ's",
            Stub + """
                namespace Kata.Exercises
                {
                    public static class Lines
                    {
                        public static System.Collections.Generic.IEnumerable<string> Select(this string[] lines, System.Func<string, string> pick) => lines;
                    }
                }
                """,
            "the specs now bind to your [Kata]Kata.Exercises.Lines::Select(String[], ");
        yield return Case("a C# 14 extension member that beats LINQ's",
            Stub + """
                namespace Kata.Exercises
                {
                    public static class Counting
                    {
                        extension(System.Collections.Generic.IEnumerable<string> lines) { public int Count() => 1; }
                    }
                }
                """,
            "the specs now bind to your [Kata]Kata.Exercises.Counting::Count(");
        yield return Case("a changed return type",
            Stub.Replace("public static System.Numerics.BigInteger Sum", "public static object Sum", StringComparison.Ordinal),
            "the specs now bind to your [Kata]Kata.Exercises.SequentialSum::Sum(String, Int64, Int64) : Object");
        yield return Case("a member that hides the base class's",
            Stub.Replace("public sealed class SumThread : Kata.Machinery.KataThread { }", "public sealed class SumThread : Kata.Machinery.KataThread { public new string Name => \"A\"; }", StringComparison.Ordinal),
            "the specs now bind to your [Kata]Kata.Exercises.SumThread::get_Name() : String");
        yield return Case("a constant the compiler inlines, in a type outside Kata.Exercises",
            Stub + "namespace Kata.Tests.Exercises { public static class World { public const string MainThread = \"main\"; } }",
            "your type Kata.Tests.Exercises.World lies outside namespace Kata.Exercises");
        yield return Case("a type in a namespace that only begins like Kata.Exercises",
            Stub + "namespace Kata.ExercisesToo { public static class Helper { } }",
            "your type Kata.ExercisesToo.Helper lies outside namespace Kata.Exercises");
    }

    [TestCaseSource(nameof(StandIns))]
    public void Learner_code_that_stands_in_for_a_name_the_specs_use_is_found(string exercises, string[] expected)
    {
        var learner = smallKata.Build(exercises);

        var standIns = learner.StandInsFor(smallKata.Template);

        Assert.That(standIns, Is.Not.Empty);
        foreach (var reason in expected)
        {
            Assert.That(standIns, Has.Some.StartsWith(reason));
        }
    }

    [Test]
    public void A_solution_with_helpers_of_its_own_stands_in_for_nothing()
    {
        var learner = smallKata.Build("""
            using System.Numerics;

            namespace Kata.Exercises
            {
                public static class SequentialSum
                {
                    private static string? last;

                    public static BigInteger Sum(string name, long low, long high)
                    {
                        last = name;
                        return Helpers.Range.Total(low, high, step => last = $"{name} {step}");
                    }
                }

                public sealed class SumThread : Kata.Machinery.KataThread { }
            }

            namespace Kata.Exercises.Helpers
            {
                internal static class Range
                {
                    // Constant data the compiler keeps in a type of its own, <PrivateImplementationDetails>, which no source can name.
                    public static System.ReadOnlySpan<byte> Weights => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16];

                    public static BigInteger Total(long low, long high, System.Action<BigInteger> each)
                    {
                        BigInteger total = 0;
                        for (var i = low; i < high; i++) { total += i; each(total); }
                        return total;
                    }
                }
            }
            """);

        Assert.That(learner.Declared, Has.Some.StartsWith("<"), "the compiler's own types are there, and allowed");
        Assert.That(learner.StandInsFor(smallKata.Template), Is.Empty);
    }

    [Test]
    public void A_type_marked_embedded_cannot_be_named_by_the_specs_so_it_is_no_stand_in()
    {
        var kata = Compile(Directory.CreateDirectory(Path.Combine(smallKata.Root, "embedded")).FullName, "Kata", [SmallKata.Machinery, Stub + Unseen], smallKata.Platform);

        var specs = CSharpCompilation.Create("Kata.Tests", [CSharpSyntaxTree.ParseText("public static class Specs { public static object Spec() => new Unseen(); }")],
            [.. smallKata.Platform, kata], new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        Assert.That(specs.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Select(diagnostic => diagnostic.Id), Does.Contain("CS0246"),
            "the type or namespace name 'Unseen' could not be found");
    }

    private static TestCaseData Case(string name, string exercises, params string[] expected) =>
        new TestCaseData(exercises, expected).SetArgDisplayNames(name);
}
