using Kata.Classroom;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kata.Tools.Tests.Classroom;

/// <summary>
/// Trusted grading asks the compiler what the specs bind to. Each case compiles a small kata with
/// Roslyn (a stub, a spec project, NUnit's Assert) and then the same specs against a learner's code
/// that tries to stand in for a name they use; the ways tried are the guide's threat table.
/// </summary>
[TestFixture]
[Category("machinery")]
public sealed class BindingsSpecs
{
    private const string Machinery = """
        namespace Kata.Machinery
        {
            public static class World { public const string MainThread = "main"; }
            public abstract class KataThread { public string Name => "A"; }
        }
        """;

    private const string Stub = """
        namespace Kata.Exercises
        {
            public static class SequentialSum
            {
                public static System.Numerics.BigInteger Sum(string name, long low, long high) => throw new System.NotImplementedException();
            }

            public sealed class SumThread : Kata.Machinery.KataThread { }
        }
        """;

    private const string Specs = """
        global using NUnit.Framework;
        using System.Linq;
        using Kata.Exercises;
        using Kata.Machinery;

        namespace Kata.Tests.Exercises
        {
            public sealed class Specs
            {
                public void Spec()
                {
                    Assert.That(SequentialSum.Sum("A", 1, 5), 10);
                    Assert.That(new[] { "[A] total = 1" }.Select(line => line).Count(), 1);
                    Assert.That(World.MainThread, "main");
                    Assert.That(new SumThread().Name, "A");
                }
            }
        }
        """;

    private const string NUnit = """
        namespace NUnit.Framework
        {
            public static class Assert { public static void That(object actual, object expected) { } }
        }
        """;

    /// <summary>A type marked [Embedded] (a user-declared EmbeddedAttribute is allowed): the compiler hides it from every other compilation.</summary>
    private const string Unseen = """
        [Microsoft.CodeAnalysis.Embedded]
        public class Unseen { }

        namespace Microsoft.CodeAnalysis
        {
            [Embedded]
            internal sealed partial class EmbeddedAttribute : System.Attribute { }
        }

        """;

    private string root = "";
    private List<MetadataReference> platform = [];
    private MetadataReference nunit = null!;
    private Bindings template = null!;
    private int builds;

    /// <summary>The .NET reference assemblies, a stand-in for NUnit, and the untouched template, compiled once.</summary>
    [OneTimeSetUp]
    public void BuildTheTemplate()
    {
        root = Directory.CreateTempSubdirectory("kata-bindings-").FullName;
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        platform = [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetDirectoryName(path) == runtime)
            .Select(path => MetadataReference.CreateFromFile(path))];
        nunit = Compile(root, "nunit.framework", [NUnit], platform);
        template = Build(Stub);
    }

    [OneTimeTearDown]
    public void RemoveTheFolder() => Directory.Delete(root, recursive: true);

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
        var learner = Build(exercises);

        var standIns = learner.StandInsFor(template);

        Assert.That(standIns, Is.Not.Empty);
        foreach (var reason in expected)
        {
            Assert.That(standIns, Has.Some.StartsWith(reason));
        }
    }

    [Test]
    public void A_solution_with_helpers_of_its_own_stands_in_for_nothing()
    {
        var learner = Build("""
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
        Assert.That(learner.StandInsFor(template), Is.Empty);
    }

    [Test]
    public void The_specs_references_into_the_learners_assembly_carry_their_signatures()
    {
        Assert.That(template.Referenced, Is.SupersetOf(new[]
        {
            "[Kata]Kata.Exercises.SequentialSum",
            "[Kata]Kata.Exercises.SequentialSum::Sum(String, Int64, Int64) : [System.Runtime.Numerics]System.Numerics.BigInteger",
            "[Kata]Kata.Machinery.KataThread::get_Name() : String",
        }));
        Assert.That(template.Referenced.Where(name => name.Contains("NUnit", StringComparison.Ordinal) || name.Contains("Linq", StringComparison.Ordinal)), Is.Empty);
        Assert.That(template.Declared, Is.SupersetOf(new[] { "Kata.Exercises.SequentialSum", "Kata.Machinery.World" }));
    }

    [Test]
    public void Names_are_spelled_as_the_metadata_has_them_nested_generic_array_and_pointer_types_included()
    {
        var learner = Build(Stub + Unseen + """
            public class Plain { }

            public class Another { }

            namespace Kata.Exercises
            {
                public class Outer
                {
                    public string? Maybe;

                    public class Inner
                    {
                        public int[,] Grid = new int[1, 1];

                        public static T Echo<T>(T value) => value;

                        public static ref int First(int[] values) => ref values[0];

                        public static unsafe int* Nowhere() => null;

                        public static unsafe delegate*<int, long, string> Callback() => null;

                        public static System.Collections.Generic.Dictionary<string, Inner> Many() => [];
                    }
                }

                public sealed class Box<T>
                {
                    public T? Item;

                    public static Box<T> Of(T item) => new() { Item = item };
                }
            }
            """, """
            using Kata.Exercises;

            namespace Kata.Tests.Exercises
            {
                public sealed class Specs
                {
                    public unsafe void Spec()
                    {
                        NUnit.Framework.Assert.That(new Outer.Inner().Grid, 1);
                        NUnit.Framework.Assert.That(Outer.Inner.Echo("x"), "x");
                        NUnit.Framework.Assert.That(Outer.Inner.First([1]), 1);
                        NUnit.Framework.Assert.That((nint)Outer.Inner.Nowhere(), 0);
                        NUnit.Framework.Assert.That((nint)Outer.Inner.Callback(), 0);
                        NUnit.Framework.Assert.That(Outer.Inner.Many().Count, 0);
                        NUnit.Framework.Assert.That(Box<int>.Of(1).Item, 1);
                        NUnit.Framework.Assert.That(new Plain(), 0);
                    }
                }
            }
            """);

        Assert.That(learner.StandInsFor(template), Is.EqualTo(new[]
        {
            "the specs now bind to your [Kata]Kata.Exercises.Box`1",
            "the specs now bind to your [Kata]Kata.Exercises.Box`1<Int32>::Item : !0",
            "the specs now bind to your [Kata]Kata.Exercises.Box`1<Int32>::Of(!0) : [Kata]Kata.Exercises.Box`1<!0>",
            "the specs now bind to your [Kata]Kata.Exercises.Outer",
            "the specs now bind to your [Kata]Kata.Exercises.Outer+Inner",
            "the specs now bind to your [Kata]Kata.Exercises.Outer+Inner::.ctor() : Void",
            "the specs now bind to your [Kata]Kata.Exercises.Outer+Inner::Callback() : fnptr(Int32, Int64) : String",
            "the specs now bind to your [Kata]Kata.Exercises.Outer+Inner::Echo`1(!!0) : !!0",
            "the specs now bind to your [Kata]Kata.Exercises.Outer+Inner::First(Int32[]) : Int32&",
            "the specs now bind to your [Kata]Kata.Exercises.Outer+Inner::Grid : Int32[,]",
            "the specs now bind to your [Kata]Kata.Exercises.Outer+Inner::Many() : [System.Private.CoreLib]System.Collections.Generic.Dictionary`2<String, [Kata]Kata.Exercises.Outer+Inner>",
            "the specs now bind to your [Kata]Kata.Exercises.Outer+Inner::Nowhere() : Int32*",
            "the specs now bind to your [Kata]Plain",
            "the specs now bind to your [Kata]Plain::.ctor() : Void",
            "the specs now bind to your [System.Private.CoreLib]System.Collections.Generic.Dictionary`2<String, [Kata]Kata.Exercises.Outer+Inner>::get_Count() : Int32",
            "your type Another lies outside namespace Kata.Exercises",
            "your type Plain lies outside namespace Kata.Exercises",
        }));
        Assert.That(learner.Declared.Order(StringComparer.Ordinal), Is.EqualTo(new[]
        {
            "Another", "Kata.Exercises.Box`1", "Kata.Exercises.Outer", "Kata.Exercises.Outer+Inner", "Kata.Exercises.SequentialSum",
            "Kata.Exercises.SumThread", "Kata.Machinery.KataThread", "Kata.Machinery.World", "Plain",
        }), "every type the source declares, and none the compiler adds for itself");
    }

    [Test]
    public void A_build_is_read_from_the_projects_bin_folders()
    {
        var build = Directory.CreateDirectory(Path.Combine(root, "laid-out")).FullName;
        var learnerBin = Directory.CreateDirectory(Path.Combine(build, "Kata", "bin", "Debug", "net10.0")).FullName;
        var specsBin = Directory.CreateDirectory(Path.Combine(build, "Kata.Tests", "bin", "Debug", "net10.0")).FullName;
        Assert.That(Bindings.LearnerBuilt(build), Is.Null, "no Kata.dll in Kata/bin yet");
        Assert.That(() => Bindings.OfBuild(build), Throws.InvalidOperationException.With.Message.EqualTo(
            $"No Kata.Tests.dll was built under {Path.Combine(build, "Kata.Tests", "bin")}."));

        var kata = Compile(learnerBin, "Kata", [Machinery, Stub], platform);
        Compile(specsBin, "Kata.Tests", [Specs], [.. platform, nunit, kata]);
        // Other copies beside bin/ (a build's obj/ holds one, and its reference assembly lacks the method bodies whose calls bind the specs): only bin/ counts.
        Compile(Path.Combine(build, "Kata"), "Kata", [Machinery], platform);
        Compile(Path.Combine(build, "Kata.Tests"), "Kata.Tests", ["namespace Kata.Tests { }"], platform);

        Assert.That(Bindings.LearnerBuilt(build), Is.EqualTo(Path.Combine(learnerBin, "Kata.dll")));
        var read = Bindings.OfBuild(build);
        Assert.That(read.Referenced, Is.EquivalentTo(template.Referenced), "the untouched stub's build, read from its folders");
        Assert.That(read.Declared, Is.EquivalentTo(template.Declared));
        Assert.That(Bindings.LearnerBuilt(Path.Combine(root, "nowhere")), Is.Null, "no Kata/ at all");
        var unbuilt = Directory.CreateDirectory(Path.Combine(root, "unbuilt", "Kata")).Parent!.FullName;
        Assert.That(Bindings.LearnerBuilt(unbuilt), Is.Null, "a Kata/ that was never built");
    }

    [Test]
    public void A_type_marked_embedded_cannot_be_named_by_the_specs_so_it_is_no_stand_in()
    {
        var kata = Compile(Directory.CreateDirectory(Path.Combine(root, "embedded")).FullName, "Kata", [Machinery, Stub + Unseen], platform);

        var specs = CSharpCompilation.Create("Kata.Tests", [CSharpSyntaxTree.ParseText("public static class Specs { public static object Spec() => new Unseen(); }")],
            [.. platform, kata], new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        Assert.That(specs.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Select(diagnostic => diagnostic.Id), Does.Contain("CS0246"),
            "the type or namespace name 'Unseen' could not be found");
    }

    private static TestCaseData Case(string name, string exercises, params string[] expected) =>
        new TestCaseData(exercises, expected).SetArgDisplayNames(name);

    /// <summary>Compiles the learner's assembly ("Kata": machinery and exercises), then the specs against it; reads what they bind to.</summary>
    private Bindings Build(string exercises, string specSource = Specs)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, $"build-{++builds}")).FullName;
        var kata = Compile(folder, "Kata", [Machinery, exercises], platform);
        var specs = Compile(folder, "Kata.Tests", [specSource], [.. platform, nunit, kata]);
        return Bindings.Read(specs.FilePath!, kata.FilePath!);
    }

    private static PortableExecutableReference Compile(string folder, string assembly, IEnumerable<string> sources, IEnumerable<MetadataReference> references)
    {
        var compilation = CSharpCompilation.Create(assembly,
            sources.Select(source => CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview))),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
        var path = Path.Combine(folder, assembly + ".dll");
        using (var file = File.Create(path))
        {
            var emitted = compilation.Emit(file);
            Assert.That(emitted.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Select(diagnostic => diagnostic.ToString()), Is.Empty,
                $"{assembly} compiles");
        }

        return MetadataReference.CreateFromFile(path);
    }
}
