using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Kata.TestLogger;

/// <summary>
/// Where each spec method is declared in the test assembly. Specs are written most basic first, and
/// VSTest reports no line numbers when it runs them, so the metadata's method order stands in for them.
/// </summary>
public static class DeclarationOrder
{
    /// <summary>"Namespace.Class.Method" → its row in the method table (declaration order).</summary>
    public static IReadOnlyDictionary<string, int> Of(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var image = new PEReader(stream);
        var metadata = image.GetMetadataReader();
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var typeHandle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(typeHandle);
            var className = $"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}";
            foreach (var methodHandle in type.GetMethods())
            {
                order.TryAdd($"{className}.{metadata.GetString(metadata.GetMethodDefinition(methodHandle).Name)}", MetadataTokens.GetRowNumber(methodHandle));
            }
        }

        return order;
    }
}
