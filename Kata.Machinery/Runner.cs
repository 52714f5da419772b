using Kata.Machinery;
using Kata.Text;

namespace Kata;

/// <summary>The command line: <c>dotnet run --project Kata -- &lt;exercise&gt; [--virtual]</c>.</summary>
public static class Runner
{
    public const string VirtualFlag = "--virtual";

    public static int Run(IReadOnlyList<string> args, IReadOnlyDictionary<string, Action> programs, TextWriter output, TextWriter errors)
    {
        var ids = args.Where(arg => arg != VirtualFlag).ToList();
        if (ids.Count != 1 || !programs.TryGetValue(ids[0], out var program))
        {
            errors.WriteLine(Language.Format(Messages.RunnerUsage, VirtualFlag));
            errors.WriteLine(Language.Format(Messages.RunnerVirtual, VirtualFlag));
            errors.WriteLine();
            foreach (var exercise in Manifest.Exercises)
            {
                errors.WriteLine($"  {exercise.Id,-22} {exercise.Title.In(Language.Code)}");
            }

            return 2;
        }

        var virtualWorld = args.Contains(VirtualFlag) ? new VirtualWorld() : null;
        var world = virtualWorld ?? (World)new RealWorld(TimeProvider.System, output, errors);
        var exitCode = 0;
        using (world.Enter())
        {
            try
            {
                program();
            }
            catch (NotImplementedException error)
            {
                errors.WriteLine(Unwritten.MessageOf(error));
                exitCode = 1;
            }
        }

        if (virtualWorld is not null)
        {
            // Threads print in any real order; on virtual time each line has its own second, so show them by it.
            foreach (var line in virtualWorld.Lines.OrderBy(line => line.At))
            {
                output.WriteLine($"{$"+{line.At.TotalSeconds:0}s",4}  {line.Text}");
            }

            output.WriteLine(Language.Format(Messages.RunnerVirtualTime, virtualWorld.Elapsed.TotalSeconds));

            // An exception ended a thread (an unwritten exercise run on threads, say): the real world prints it as Python does, so does this one.
            foreach (var failure in virtualWorld.Failures)
            {
                errors.WriteLine($"Exception in thread {failure.Thread}: {Unwritten.MessageOf(failure.Exception)}");
                exitCode = 1;
            }
        }

        return exitCode;
    }
}
