using Kata.Weaving;

// dotnet Kata.Weaving.dll <assembly> <machinery Kata.dll, or - for the assembly itself> <namespace>...
if (args is not [var assembly, var machinery, .. var namespaces] || namespaces.Length == 0)
{
    Console.Error.WriteLine("usage: Kata.Weaving <assembly> <Kata.dll that defines the machinery, or -> <namespace>...");
    return 2;
}

Console.WriteLine($"{Path.GetFileName(assembly)}: {Weaver.WeaveFile(assembly, machinery == "-" ? null : machinery, namespaces)}");
return 0;
