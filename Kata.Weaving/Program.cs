using Kata.Weaving;

// dotnet Kata.Weaving.dll <assembly> <Kata.Machinery.dll> <namespace>...
if (args is not [var assembly, var machinery, .. var namespaces] || namespaces.Length == 0)
{
    Console.Error.WriteLine("usage: Kata.Weaving <assembly> <Kata.Machinery.dll> <namespace>...");
    return 2;
}

Console.WriteLine($"{Path.GetFileName(assembly)}: {Weaver.WeaveFile(assembly, machinery, namespaces)}");
return 0;
