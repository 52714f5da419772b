using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using Kata.Weaving;

namespace Kata.Watch;

/// <summary>What one compile of the learner's assembly gave: the compiler's errors and the warnings in the learner's files.</summary>
public sealed record Compiled(IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Compiles <c>Kata/</c> (the learner build: stubs or solutions, never <c>Kata/Reference/</c>) into
/// <c>Kata.dll</c> in memory, the way its project does, from a kata that MSBuild built once: the sources,
/// the files MSBuild generated under <c>obj/</c> and the same references. The
/// compiler stays warm in this long-lived process, so a compile takes a fraction of a second. The assembly is
/// woven before it is written, as MSBuild's build of <c>Kata</c> is. Where MSBuild put the generated files and what
/// <c>Kata</c> references come from MSBuild itself (<see cref="BuildPaths"/>).
/// </summary>
public sealed class LearnerCompiler(string root, BuildPaths paths)
{
    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);

    private readonly string project = Path.Combine(root, "Kata");

    private readonly MetadataReference[] references = [.. paths.LearnerReferences.Select(path => MetadataReference.CreateFromFile(path))];

    private string Generated => paths.LearnerGenerated;

    /// <summary>The machinery the woven code calls: the Kata.Machinery.dll among the learner's references.</summary>
    private readonly string machinery = paths.LearnerReferences.Single(path => Path.GetFileName(path) == "Kata.Machinery.dll");

    /// <summary>Compiles and writes <c>Kata.dll</c> and its symbols to <paramref name="output"/> when there is no error.</summary>
    public Compiled Compile(string output)
    {
        var sources = Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Where(path => Relative(path) is var relative && !relative.StartsWith("Kata/Reference/", StringComparison.Ordinal)
                && !relative.Contains("/bin/", StringComparison.Ordinal) && !relative.Contains("/obj/", StringComparison.Ordinal))
            .Concat(Directory.EnumerateFiles(Generated, "*.cs"));
        var trees = sources.Select(path => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(path), Encoding.UTF8), Parse, path)).ToList();
        var compilation = CSharpCompilation.Create("Kata", trees, references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        using var assembly = new MemoryStream();
        using var symbols = new MemoryStream();
        var emitted = compilation.Emit(assembly, symbols, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        var errors = Shown(emitted.Diagnostics, DiagnosticSeverity.Error, _ => true);
        var warnings = Shown(emitted.Diagnostics, DiagnosticSeverity.Warning, relative => relative.StartsWith("Kata/Exercises/", StringComparison.Ordinal));
        if (emitted.Success)
        {
            // Woven as MSBuild's build is (Kata.Weaving.targets): every shared access in the learner's code a scheduling point.
            assembly.Position = 0;
            symbols.Position = 0;
            Weaver.WeaveInMemory(assembly, symbols, output, "Kata", machinery);
        }

        return new Compiled(errors, warnings);
    }

    private ImmutableArray<string> Shown(ImmutableArray<Diagnostic> diagnostics, DiagnosticSeverity severity, Func<string, bool> where) =>
        [.. diagnostics.Where(diagnostic => diagnostic.Severity == severity)
            .Select(diagnostic => (Diagnostic: diagnostic, Span: diagnostic.Location.GetMappedLineSpan()))
            .Where(shown => where(Relative(shown.Span.Path)))
            .Select(shown => shown.Span.IsValid
                ? $"{Relative(shown.Span.Path)}({shown.Span.StartLinePosition.Line + 1},{shown.Span.StartLinePosition.Character + 1}): {Word(severity)} {shown.Diagnostic.Id}: {shown.Diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"
                : $"{Word(severity)} {shown.Diagnostic.Id}: {shown.Diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")];

    private static string Word(DiagnosticSeverity severity) => severity == DiagnosticSeverity.Error ? "error" : "warning";

    private string Relative(string path) => path.Length == 0 ? "" : Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
}
