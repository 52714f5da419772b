using System.Diagnostics;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Kata.Weaving;

/// <summary>What one weave changed.</summary>
public sealed record Woven(int Reads, int Writes, int Calls, TimeSpan Took)
{
    public override string ToString() => $"{Reads} reads, {Writes} writes, {Calls} lock and atomic calls woven in {Took.TotalMilliseconds:0} ms";
}

/// <summary>
/// Weaves an assembly: every method of the types in the given namespaces (nested and compiler-generated types
/// included) gets the kata's calls at each shared field access and C# lock, atomic or volatile call
/// (<see cref="MethodWeaver"/>). Symbols are read and written with it, so line numbers and coverage stay right.
/// </summary>
public static class Weaver
{
    /// <summary>
    /// The assembly attribute that marks a woven module, valued with the module's MVID: a learner's hand-written
    /// marker cannot name the MVID of the assembly it is compiled into, so it never makes the kata skip a weave.
    /// </summary>
    public const string Marker = "Kata.Woven";

    /// <summary>Weaves <paramref name="assembly"/> (its .pdb beside it) in place; <paramref name="machinery"/> is the Kata.Machinery.dll that defines the calls.</summary>
    public static Woven WeaveFile(string assembly, string machinery, IReadOnlyCollection<string> namespaces)
    {
        var clock = Stopwatch.StartNew();
        using var resolver = Resolver(assembly, machinery);
        var symbols = File.Exists(Path.ChangeExtension(assembly, ".pdb"));
        using var module = ModuleDefinition.ReadModule(assembly, new ReaderParameters { ReadWrite = true, ReadSymbols = symbols, AssemblyResolver = resolver });
        var woven = Weave(module, machinery, namespaces);
        if (woven is not null)
        {
            module.Write(new WriterParameters { WriteSymbols = symbols });
        }

        return (woven ?? new Woven(0, 0, 0, default)) with { Took = clock.Elapsed };
    }

    /// <summary>Weaves an assembly compiled in memory (the watch's) and writes it and its portable pdb to <paramref name="output"/>; <paramref name="machinery"/> as for <see cref="WeaveFile"/>.</summary>
    public static Woven WeaveInMemory(Stream assembly, Stream symbols, string output, string name, string machinery)
    {
        var clock = Stopwatch.StartNew();
        using var resolver = Resolver(Path.Combine(output, name + ".dll"), machinery);
        using var module = ModuleDefinition.ReadModule(assembly, new ReaderParameters { ReadSymbols = true, SymbolStream = symbols, AssemblyResolver = resolver });
        var woven = Weave(module, machinery, [LearnerNamespace]) ?? new Woven(0, 0, 0, default);
        using var written = File.Create(Path.Combine(output, name + ".dll"));
        using var pdb = File.Create(Path.Combine(output, name + ".pdb"));
        module.Write(written, new WriterParameters { WriteSymbols = true, SymbolStream = pdb, SymbolWriterProvider = new PortablePdbWriterProvider() });
        return woven with { Took = clock.Elapsed };
    }

    /// <summary>The namespace of the learner's code in Kata.dll.</summary>
    public const string LearnerNamespace = "Kata.Exercises";

    /// <summary>Weaves <paramref name="module"/>; null when it was woven already.</summary>
    private static Woven? Weave(ModuleDefinition module, string machinery, IReadOnlyCollection<string> namespaces)
    {
        var mvid = module.Mvid.ToString();
        if (module.Assembly.CustomAttributes.Any(attribute => attribute.AttributeType.FullName == MetadataAttribute &&
            attribute.ConstructorArguments is [{ Value: Marker }, { Value: string value }] && value == mvid))
        {
            return null;
        }

        using var calls = Machinery.Read(module, machinery);
        var counts = new MethodWeaver.Counts();
        foreach (var type in module.GetTypes().Where(type => namespaces.Contains(Outermost(type).Namespace)))
        {
            foreach (var method in type.Methods.Where(method => method.HasBody))
            {
                new MethodWeaver(method, calls, namespaces, counts).Weave();
            }
        }

        var stringType = module.TypeSystem.String;
        var attributeType = new TypeReference("System.Reflection", "AssemblyMetadataAttribute", module, module.TypeSystem.CoreLibrary);
        var constructor = new MethodReference(".ctor", module.TypeSystem.Void, attributeType) { HasThis = true };
        constructor.Parameters.Add(new ParameterDefinition(stringType));
        constructor.Parameters.Add(new ParameterDefinition(stringType));
        module.Assembly.CustomAttributes.Add(new CustomAttribute(constructor)
        {
            ConstructorArguments = { new CustomAttributeArgument(stringType, Marker), new CustomAttributeArgument(stringType, mvid) },
        });
        return new Woven(counts.Reads, counts.Writes, counts.Calls, default);
    }

    private const string MetadataAttribute = "System.Reflection.AssemblyMetadataAttribute";

    internal static TypeDefinition Outermost(TypeDefinition type) => type.DeclaringType is { } outer ? Outermost(outer) : type;

    private static DefaultAssemblyResolver Resolver(string assembly, string machinery)
    {
        var resolver = new DefaultAssemblyResolver();
        foreach (var directory in new[] { Path.GetDirectoryName(Path.GetFullPath(assembly)), Path.GetDirectoryName(Path.GetFullPath(machinery)), Path.GetDirectoryName(typeof(object).Assembly.Location) }.OfType<string>().Distinct())
        {
            resolver.AddSearchDirectory(directory);
        }

        return resolver;
    }
}
