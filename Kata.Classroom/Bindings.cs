using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Kata.Classroom;

/// <summary>
/// What the compiler bound the trusted specs to in the learner's code, read from the two assemblies a
/// build makes: every type and member of <c>Kata.dll</c> that <c>Kata.Tests.dll</c> references, with its
/// signature, and every type <c>Kata.dll</c> declares. Grading compares them with the same build of the
/// untouched template: a learner type or member the specs bind to that the template's stubs do not
/// have means learner code stands in for a name the specs use (an <c>Assert</c> of its own, an extension
/// method that beats LINQ's, a changed return type), and a new type outside <see cref="ExerciseNamespace"/>
/// could be found by the specs' name lookup even where its use leaves no reference (an inlined constant).
/// </summary>
public sealed record Bindings(IReadOnlySet<string> Referenced, IReadOnlySet<string> Declared)
{
    /// <summary>The learner's namespace: the only one where the learner may add types.</summary>
    public const string ExerciseNamespace = "Kata.Exercises";

    private const string LearnerAssembly = "Kata";

    public static Bindings Read(string testsAssembly, string learnerAssembly) =>
        new(ReferencesInto(testsAssembly, LearnerAssembly), DeclaredTypes(learnerAssembly));

    /// <summary>Reads the two assemblies a build of the kata at <paramref name="root"/> made.</summary>
    public static Bindings OfBuild(string root) =>
        Read(SpecsBuilt(root), Built(root, LearnerAssembly));

    /// <summary>The specs' assembly of a build at <paramref name="root"/>.</summary>
    public static string SpecsBuilt(string root) => Built(root, Workspace.Specs);

    /// <summary>Why the learner's build may not be graded, one line each; empty when the specs bind to what the template's do.</summary>
    public IReadOnlyList<string> StandInsFor(Bindings template) =>
        [.. Referenced.Except(template.Referenced).Order(StringComparer.Ordinal).Select(name => $"the specs now bind to your {name}"),
         .. Declared.Except(template.Declared).Where(name => !InExerciseNamespace(name)).Order(StringComparer.Ordinal)
             .Select(name => $"your type {name} lies outside namespace {ExerciseNamespace}")];

    /// <summary>The learner's namespace, or a name no C# source can write (the compiler's closures, anonymous and file-local types).</summary>
    private static bool InExerciseNamespace(string type) =>
        type.StartsWith(ExerciseNamespace + ".", StringComparison.Ordinal) || type.StartsWith('<');

    /// <summary>The learner's assembly of a build at <paramref name="root"/>, or null when it was not built.</summary>
    public static string? LearnerBuilt(string root) =>
        Directory.Exists(Path.Combine(root, LearnerAssembly, "bin"))
            ? Directory.EnumerateFiles(Path.Combine(root, LearnerAssembly, "bin"), LearnerAssembly + ".dll", SearchOption.AllDirectories).FirstOrDefault()
            : null;

    private static string Built(string root, string project) =>
        Directory.EnumerateFiles(Path.Combine(root, project, "bin"), project + ".dll", SearchOption.AllDirectories).FirstOrDefault()
        ?? throw new InvalidOperationException($"No {project}.dll was built under {Path.Combine(root, project, "bin")}.");

    /// <summary>Every type reference into <paramref name="target"/> and every member reference on such a type, as "Type" and "Type::Member(signature)".</summary>
    public static IReadOnlySet<string> ReferencesInto(string assembly, string target)
    {
        using var image = new PEReader(File.OpenRead(assembly));
        var metadata = image.GetMetadataReader();
        var names = new SignatureNames();
        var marker = $"[{target}]";
        var types = metadata.TypeReferences.Select(handle => names.GetTypeFromReference(metadata, handle, 0));
        var members = metadata.MemberReferences.Select(metadata.GetMemberReference).Select(member => member.Parent.Kind switch
        {
            HandleKind.TypeReference => $"{names.GetTypeFromReference(metadata, (TypeReferenceHandle)member.Parent, 0)}::{metadata.GetString(member.Name)}{Signature(member, names)}",
            HandleKind.TypeSpecification => $"{names.GetTypeFromSpecification(metadata, null, (TypeSpecificationHandle)member.Parent, 0)}::{metadata.GetString(member.Name)}{Signature(member, names)}",
            _ => "",
        });
        return types.Concat(members).Where(name => name.Contains(marker, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every type <paramref name="assembly"/> declares, nested ones as "Outer+Inner"; the compiler's embedded helpers, which no other assembly can see, left out.</summary>
    public static IReadOnlySet<string> DeclaredTypes(string assembly)
    {
        using var image = new PEReader(File.OpenRead(assembly));
        var metadata = image.GetMetadataReader();
        return metadata.TypeDefinitions.Select(metadata.GetTypeDefinition)
            .Where(type => !Embedded(metadata, type))
            .Select(type => FullName(metadata, type))
            .Where(name => name != "<Module>")
            .ToHashSet(StringComparer.Ordinal);
    }

    private static AssemblyReferenceHandle? Scope(MetadataReader metadata, TypeReferenceHandle handle)
    {
        var scope = metadata.GetTypeReference(handle).ResolutionScope;
        return scope.Kind switch
        {
            HandleKind.AssemblyReference => (AssemblyReferenceHandle)scope,
            HandleKind.TypeReference => Scope(metadata, (TypeReferenceHandle)scope),
            _ => null,
        };
    }

    private static string Signature(MemberReference member, SignatureNames names) => member.GetKind() switch
    {
        MemberReferenceKind.Method when member.DecodeMethodSignature(names, null) is var method =>
            $"{(method.GenericParameterCount > 0 ? $"`{method.GenericParameterCount}" : "")}({string.Join(", ", method.ParameterTypes)}) : {method.ReturnType}",
        _ => $" : {member.DecodeFieldSignature(names, null)}",
    };

    private static bool Embedded(MetadataReader metadata, TypeDefinition type) =>
        type.GetCustomAttributes().Select(metadata.GetCustomAttribute).Any(attribute =>
            attribute.Constructor.Kind == HandleKind.MethodDefinition
            && FullName(metadata, metadata.GetTypeDefinition(metadata.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType())) == "Microsoft.CodeAnalysis.EmbeddedAttribute");

    private static string FullName(MetadataReader metadata, TypeDefinition type)
    {
        var name = metadata.GetString(type.Name);
        return type.GetDeclaringType() is { IsNil: false } outer
            ? $"{FullName(metadata, metadata.GetTypeDefinition(outer))}+{name}"
            : metadata.GetString(type.Namespace) is { Length: > 0 } space ? $"{space}.{name}" : name;
    }

    /// <summary>Type names in signatures, the way <see cref="System.Reflection.Metadata"/>'s decoder asks for them.</summary>
    private sealed class SignatureNames : ISignatureTypeProvider<string, object?>
    {
        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
            FullName(reader, reader.GetTypeDefinition(handle));

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            var type = reader.GetTypeReference(handle);
            var name = reader.GetString(type.Name);
            var assembly = Scope(reader, handle) is { } scope ? reader.GetString(reader.GetAssemblyReference(scope).Name) : "";
            var full = type.ResolutionScope.Kind == HandleKind.TypeReference
                ? $"{GetTypeFromReference(reader, (TypeReferenceHandle)type.ResolutionScope, rawTypeKind)}+{name}"
                : reader.GetString(type.Namespace) is { Length: > 0 } space ? $"{space}.{name}" : name;
            return type.ResolutionScope.Kind == HandleKind.TypeReference || assembly.Length == 0 ? full : $"[{assembly}]{full}";
        }

        public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetArrayType(string elementType, ArrayShape shape) => $"{elementType}[{new string(',', shape.Rank - 1)}]";

        public string GetByReferenceType(string elementType) => elementType + "&";

        public string GetPointerType(string elementType) => elementType + "*";

        public string GetPinnedType(string elementType) => elementType;

        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) =>
            $"{genericType}<{string.Join(", ", typeArguments)}>";

        public string GetGenericMethodParameter(object? genericContext, int index) => $"!!{index}";

        public string GetGenericTypeParameter(object? genericContext, int index) => $"!{index}";

        public string GetFunctionPointerType(MethodSignature<string> signature) =>
            $"fnptr({string.Join(", ", signature.ParameterTypes)}) : {signature.ReturnType}";
    }
}
