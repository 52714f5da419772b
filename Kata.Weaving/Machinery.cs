using Mono.Cecil;

namespace Kata.Weaving;

/// <summary>
/// The kata's methods that woven code calls (<c>Kata.Machinery.Shared</c> and <c>Kata.Machinery.Locks</c>), as references of
/// the module being woven. It holds Kata.Machinery.dll open until disposed: the watch weaves on every save.
/// </summary>
internal sealed class Machinery : IDisposable
{
    private readonly ModuleDefinition module;
    private readonly ModuleDefinition source;
    private readonly TypeDefinition shared;
    private readonly TypeDefinition locks;

    private Machinery(ModuleDefinition module, ModuleDefinition source, TypeDefinition shared, TypeDefinition locks)
    {
        this.module = module;
        this.source = source;
        this.shared = shared;
        this.locks = locks;
    }

    public void Dispose() => source.Dispose();

    /// <summary>From <paramref name="machinery"/>, the Kata.Machinery.dll the woven module references.</summary>
    public static Machinery Read(ModuleDefinition module, string machinery)
    {
        var source = ModuleDefinition.ReadModule(machinery);
        var shared = source.GetType("Kata.Machinery.Shared") ?? throw new InvalidOperationException($"No Kata.Machinery.Shared in {source.FileName}.");
        var locks = source.GetType("Kata.Machinery.Locks") ?? throw new InvalidOperationException($"No Kata.Machinery.Locks in {source.FileName}.");
        return new Machinery(module, source, shared, locks);
    }

    /// <summary>The method of <c>Shared</c> named <paramref name="name"/> with <paramref name="parameters"/> parameters, made generic over <paramref name="type"/> if it is generic.</summary>
    public MethodReference Shared(string name, int parameters, TypeReference? type = null) => Find(shared, name, parameters, firstParameter: null, type);

    /// <summary>The method of <c>Locks</c> named <paramref name="name"/> whose first parameter is of type <paramref name="first"/>, with <paramref name="parameters"/> parameters.</summary>
    public MethodReference Locks(string name, int parameters, string first) => Find(locks, name, parameters, first, null);

    private MethodReference Find(TypeDefinition type, string name, int parameters, string? firstParameter, TypeReference? generic)
    {
        var method = type.Methods.Single(method => method.Name == name && method.Parameters.Count == parameters &&
            (firstParameter is null || method.Parameters[0].ParameterType.GetElementType().FullName == firstParameter) &&
            (generic is null || method.HasGenericParameters));
        var imported = module.ImportReference(method);
        return generic is null ? imported : new GenericInstanceMethod(imported) { GenericArguments = { generic } };
    }
}
