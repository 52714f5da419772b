using Kata.Classroom;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kata.Tools.Tests.Classroom;

/// <summary>
/// A small kata compiled with Roslyn (a stub, a spec project, NUnit's Assert) in a folder of its own, and the
/// same specs built against a learner's code: what the specs bind to, read as trusted grading reads it.
/// </summary>
internal sealed class SmallKata
{
    public const string Machinery = """
        namespace Kata.Machinery
        {
            public static class World { public const string MainThread = "main"; }
            public abstract class KataThread { public string Name => "A"; }
        }
        """;

    public const string Stub = """
        namespace Kata.Exercises
        {
            public static class SequentialSum
            {
                public static System.Numerics.BigInteger Sum(string name, long low, long high) => throw new System.NotImplementedException();
            }

            public sealed class SumThread : Kata.Machinery.KataThread { }
        }
        """;

    public const string Specs = """
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
    public const string Unseen = """
        [Microsoft.CodeAnalysis.Embedded]
        public class Unseen { }

        namespace Microsoft.CodeAnalysis
        {
            [Embedded]
            internal sealed partial class EmbeddedAttribute : System.Attribute { }
        }

        """;

    private int builds;

    /// <summary>The .NET reference assemblies, a stand-in for NUnit, and the untouched template, compiled once.</summary>
    public SmallKata()
    {
        Root = Directory.CreateTempSubdirectory("kata-bindings-").FullName;
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        Platform = [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetDirectoryName(path) == runtime)
            .Select(path => MetadataReference.CreateFromFile(path))];
        NUnitFramework = Compile(Root, "nunit.framework", [NUnit], Platform);
        Template = Build(Stub);
    }

    public string Root { get; }

    public IReadOnlyList<MetadataReference> Platform { get; }

    public MetadataReference NUnitFramework { get; }

    public Bindings Template { get; }

    public void Remove() => Directory.Delete(Root, recursive: true);

    /// <summary>Compiles the learner's assembly ("Kata": machinery and exercises), then the specs against it; reads what they bind to.</summary>
    public Bindings Build(string exercises, string specSource = Specs)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Root, $"build-{++builds}")).FullName;
        var kata = Compile(folder, "Kata", [Machinery, exercises], Platform);
        var specs = Compile(folder, "Kata.Tests", [specSource], [.. Platform, NUnitFramework, kata]);
        return Bindings.Read(specs.FilePath!, kata.FilePath!);
    }

    public static PortableExecutableReference Compile(string folder, string assembly, IEnumerable<string> sources, IEnumerable<MetadataReference> references)
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
