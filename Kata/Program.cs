using Kata;
using Kata.Machinery;

// dotnet run --project Kata -- <exercise> [--virtual]
var virtualTime = args.Contains("--virtual");
var ids = args.Where(arg => arg != "--virtual").ToList();

if (ids.Count != 1 || !Programs.ById.TryGetValue(ids[0], out var program))
{
    Console.Error.WriteLine("usage: dotnet run --project Kata -- <exercise> [--virtual]");
    Console.Error.WriteLine("  --virtual  run on virtual time: no waiting, each line shows the second it was printed");
    Console.Error.WriteLine();
    foreach (var exercise in Manifest.Exercises)
    {
        Console.Error.WriteLine($"  {exercise.Id,-22} {exercise.Title.En}");
    }

    return 2;
}

if (!virtualTime)
{
    try
    {
        program();
        return 0;
    }
    catch (NotImplementedException error)
    {
        Console.Error.WriteLine(error.Message);
        return 1;
    }
}

var world = new VirtualWorld();
var exitCode = 0;
using (world.Enter())
{
    try
    {
        program();
    }
    catch (NotImplementedException error)
    {
        Console.Error.WriteLine(error.Message);
        exitCode = 1;
    }
}

// Threads print in any real order; on virtual time each line has its own second, so show them by it.
foreach (var line in world.Lines.OrderBy(line => line.At))
{
    Console.WriteLine($"{$"+{line.At.TotalSeconds:0}s",4}  {line.Text}");
}

Console.WriteLine($"({world.Elapsed.TotalSeconds:0} s of virtual time)");
return exitCode;
