using System.CommandLine;

namespace Kata.Classroom;

public static partial class Commands
{
    private static Command ScaffoldCommand(TextWriter output, TextWriter errors)
    {
        var id = new Argument<string>("id") { Description = "The new exercise's id: the next number, then kebab-case words (06-two-words)." };
        var noCheck = new Option<bool>("--no-check") { Description = "Write the files only; do not build and run them." };
        var scaffold = new Command("scaffold", "Write a new exercise in its own places (docs/en/maintainers.md, \"Adding an exercise\"), then build it: its specs fail on the stub and the manifest's checks pass.")
            { id, noCheck };
        scaffold.SetAction(line =>
        {
            var exercise = line.GetRequiredValue(id);
            Scaffold.Write(".", exercise);
            foreach (var place in Scaffold.Places(exercise))
            {
                output.WriteLine($"wrote {place}");
            }

            if (line.GetValue(noCheck))
            {
                return 0;
            }

            var wrong = Scaffold.Check(".", exercise);
            foreach (var problem in wrong)
            {
                errors.WriteLine(problem);
            }

            output.WriteLine(wrong.Count == 0 ? $"{exercise}: its specs fail on the stub, and the manifest's checks pass" : $"{exercise}: {wrong.Count} problems");
            return wrong.Count == 0 ? 0 : 1;
        });
        return scaffold;
    }
}
