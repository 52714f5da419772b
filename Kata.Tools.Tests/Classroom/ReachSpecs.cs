using Kata.Classroom;
using Kata.Machinery;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kata.Tools.Tests.Classroom;

/// <summary>
/// What learner code names beyond its exercise (<see cref="Reach"/>): each attack of <c>Kata.Tests/Mistakes/Attacks/</c> is
/// named by the use it needs, and the kata's own exercises, stubs or reference solutions, name nothing outside.
/// </summary>
[TestFixture]
[Category("machinery")]
public sealed class ReachSpecs
{
    private string root = "";

    [OneTimeSetUp]
    public void MakeTheFolder() => root = Directory.CreateTempSubdirectory("kata-reach-").FullName;

    [OneTimeTearDown]
    public void RemoveTheFolder() => Directory.Delete(root, recursive: true);

    [Test]
    public void The_kata_s_own_exercises_reach_nothing_outside() =>
        Assert.That(Reach.Of(typeof(Programs).Assembly.Location), Is.Empty);

    [TestCase("SequentialSum.cs", "uses System.AppDomain::get_CurrentDomain", "uses System.Reflection.Assembly::GetType")]
    [TestCase("StartJoinOrder.cs", "Kata.Exercises.StartJoinOrder.RunProgram uses System.Environment::Exit")]
    [TestCase("Tuning.cs", "Kata.Exercises.Tuning.Settle uses System.Runtime.CompilerServices.ModuleInitializerAttribute::.ctor",
        "Kata.Exercises.Tuning.Settle uses System.Environment::SetEnvironmentVariable")]
    [TestCase("Listener.cs", "Kata.Exercises.Listener uses System.Reflection.DispatchProxy", "Kata.Exercises.Listener.Rewire uses System.Reflection.FieldInfo::SetValue",
        "Kata.Exercises.Listener.Invoke uses System.Reflection.MethodBase::Invoke")]
    [TestCase("LeftBehind.cs", "Kata.Exercises.LeftBehind.Leave uses System.Diagnostics.Process::Start")]
    public void Each_attack_that_reaches_outside_is_named_by_what_it_uses(string attack, params string[] uses)
    {
        // The attack's file with the copy's Forged, which the others throw, as the learner's build would have them.
        var copy = Repository.PathOf("Kata.Tests/Mistakes/Attacks/reaching-out");
        var found = Reach.Of(Compile(new[] { attack, "SequentialSum.cs" }.Distinct()
            .Select(file => File.ReadAllText(Directory.EnumerateFiles(copy, file, SearchOption.AllDirectories).Single()))));

        Assert.Multiple(() =>
        {
            foreach (var use in uses)
            {
                Assert.That(found, Has.Some.Contains(use));
            }
        });
    }

    [Test]
    public void Printing_the_notebook_s_lines_reaches_nothing_outside() =>
        Assert.That(Reach.Of(Compile(Directory.EnumerateFiles(Repository.PathOf("Kata.Tests/Mistakes/Attacks/printing-only"), "*.cs", SearchOption.AllDirectories)
            .Select(File.ReadAllText))), Is.Empty);

    [TestCase("namespace Kata.Exercises; public static class X { public static object Y() => new System.Collections.Generic.List<int>(); public static T Z<T>() where T : new() => new T(); public static string N(object o) => o.GetType().Name + typeof(X).FullName + System.Environment.NewLine; }")]
    [TestCase("namespace Kata.Exercises; public static class X { public static void W() { System.Console.Out.WriteLine(new[] { 1, 2, 3 }.Length); } }")]
    public void Everyday_code_reaches_nothing_outside(string source) =>
        Assert.That(Reach.Of(Compile([source])), Is.Empty);

    [TestCase("namespace Kata.Exercises; public static class X { public static object Y() => System.Activator.CreateInstance(\"nunit.framework\", \"NUnit.Framework.SuccessException\")!; }",
        "Kata.Exercises.X.Y uses System.Activator::CreateInstance")]
    [TestCase("namespace Kata.Exercises; public static class X { public static void Y() => System.IO.File.WriteAllText(\"a\", \"b\"); }", "Kata.Exercises.X.Y uses System.IO.File::WriteAllText")]
    [TestCase("namespace Kata.Exercises; public static class X { public static object Y(dynamic d) => d.Anything; }", "uses System.Runtime.CompilerServices.CallSite`1::Create")]
    [TestCase("namespace Kata.Exercises; public static class X { public static object Y(object o) => o.GetType().Assembly; }", "Kata.Exercises.X.Y uses System.Type::get_Assembly")]
    [TestCase("namespace Kata.Exercises; public static class X { public static System.Action Y = () => System.AppContext.SetSwitch(\"a\", true); }", "+<>c.<.cctor>b__1_0 uses System.AppContext::SetSwitch")]
    public void Code_that_reaches_outside_is_named_wherever_it_hides(string source, string use) =>
        Assert.That(Reach.Of(Compile([source])), Has.Some.Contains(use));

    private string Compile(IEnumerable<string> sources)
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetDirectoryName(path) == runtime)
            .Select(path => MetadataReference.CreateFromFile(path));
        const string implicitUsings = "global using System; global using System.Linq; global using System.Threading; global using System.Threading.Tasks; global using System.Collections.Generic;";
        var compilation = CSharpCompilation.Create("Attack",
            [.. sources.Append(implicitUsings).Select(source => CSharpSyntaxTree.ParseText(source))],
            [.. platform, MetadataReference.CreateFromFile(typeof(KataThread).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var path = Path.Combine(root, $"attack-{Guid.NewGuid():N}.dll");
        using (var file = File.Create(path))
        {
            var emitted = compilation.Emit(file);
            Assert.That(emitted.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Select(diagnostic => diagnostic.ToString()), Is.Empty, "the attack compiles");
        }

        return path;
    }
}
