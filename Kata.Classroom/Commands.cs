using System.CommandLine;

namespace Kata.Classroom;

/// <summary>
/// <c>dotnet run --project Kata.Classroom -- &lt;command&gt;</c>: grade a run, grade a learner against the
/// trusted template, keep a gradebook, or write the learner edition. <c>--help</c> describes each command.
/// </summary>
public static partial class Commands
{
    /// <summary>Runs a command line: 0 when done, 1 when grading could not be done (the reason on <paramref name="errors"/>), 2 for a command line that does not parse (the reason and the help on <paramref name="errors"/>).</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter errors)
    {
        var parsed = Line(output, errors).Parse(args);
        if (parsed.Errors.Count > 0)
        {
            parsed.Invoke(new InvocationConfiguration { Output = errors, Error = errors });
            return 2;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = errors, EnableDefaultExceptionHandler = false });
        }
        catch (Exception failure) when (failure is InvalidOperationException or IOException or NotGraded)
        {
            errors.WriteLine(failure.Message);
            return 1;
        }
    }

    private static RootCommand Line(TextWriter output, TextWriter errors)
    {
        var markdown = new Option<string?>("--markdown") { HelpName = "FILE", Description = "Append the points table to FILE (the job summary: $GITHUB_STEP_SUMMARY)." };
        var json = new Option<string?>("--json") { HelpName = "FILE", Description = "Write the grade as JSON to FILE." };
        var githubOutput = new Option<string?>("--github-output") { HelpName = "FILE", Description = "Write result=<base64> for autograding-grading-reporter to FILE ($GITHUB_OUTPUT)." };
        var trx = new Option<string?>("--trx") { HelpName = "FILE", Description = "Grade the results in this .trx file instead of running the specs." };
        var template = new Option<string>("--template") { HelpName = "DIR", Required = true, Description = "The trusted template: the learner edition at the commit the course started from." };
        var learner = new Option<string>("--learner") { HelpName = "DIR", Required = true, Description = "The learner's checkout; only its Kata/Exercises/ is graded." };
        var ignore = new Option<string?>("--ignore") { HelpName = "PATH,PATH", Description = "Paths expected to differ from the template, comma-separated (the shim workflow, say)." };
        var folder = new Option<string>("--out") { HelpName = "DIR", Required = true, Description = "The folder to write to." };

        var grade = new Command("grade", "Grade this checkout: build it and run its specs (or read --trx).") { trx, markdown, json, githubOutput };
        grade.SetAction(line => Report(line.GetValue(trx) is { } file ? Grade.From(Course("."), TrxResults.Read(File.ReadAllText(file)), []) : Own("."),
            line.GetValue(markdown), line.GetValue(json), line.GetValue(githubOutput), output));

        var trusted = new Command("trusted", "Grade the learner's Kata/Exercises/ on the trusted template's specs, project files and points; report what the learner changed elsewhere.")
            { template, learner, ignore, markdown, json, githubOutput };
        trusted.SetAction(line =>
        {
            var root = line.GetRequiredValue(template);
            output.WriteLine($"graded on the trusted template in {Path.GetFullPath(root)}");
            output.WriteLine(Sandbox.Description);
            var judge = Task.Run(() => Judge.Build(root));
            try
            {
                return Report(Trusted(root, () => Built(judge), line.GetRequiredValue(learner), Ignored(line.GetValue(ignore))),
                    line.GetValue(markdown), line.GetValue(json), line.GetValue(githubOutput), output);
            }
            finally
            {
                Dispose(judge);
            }
        });

        var edition = new Command("edition", "Write the learner edition of this repository.") { folder };
        edition.SetAction(line =>
        {
            Edition.Write(".", line.GetRequiredValue(folder));
            output.WriteLine($"learner edition written to {line.GetRequiredValue(folder)}");
        });

        return new RootCommand("Grading, the gradebook and the learner edition of the kata.")
            { grade, trusted, GradebookCommand(template, ignore, folder, output), FetchCommand(output, errors), MergeCommand(folder, output), PartsCommand(output), edition, ScaffoldCommand(output, errors) };
    }

    /// <summary>Grades a checkout as it is (the learner's own, path A): built, then its specs run; code that does not build grades 0 with the compiler's errors.</summary>
    public static Grade Own(string root)
    {
        try
        {
            Workspace.Build(root, Workspace.Specs);
            return Grade.From(Course(root), Workspace.RunSpecs(root), []);
        }
        catch (NotGraded why)
        {
            return Grade.Failed(Course(root), why, []);
        }
    }

    /// <summary>
    /// Grades only the learner's exercise files, on a fresh copy of the trusted template: the learner's <c>Kata.dll</c> is
    /// built there on its own and run by the template's own build of the specs (<see cref="Judge"/>). Code that does not
    /// build, that declares a type outside its namespace (<see cref="Bindings"/>), that names what lies outside its
    /// exercise (<see cref="Reach"/>), or whose run writes no results, grades 0 with the reason on every spec.
    /// </summary>
    /// <param name="judge">The template's specs, built once per template; asked for once the learner's build is done (it may still be building).</param>
    public static Grade Trusted(string template, Func<Judge> judge, string learner, IReadOnlyCollection<string>? ignored = null)
    {
        var tampered = Tampering.Find(template, learner, ignored);
        var work = Workspace.LayIn(template, learner);
        try
        {
            Workspace.Build(work.FullName, Workspace.Learner);
            var built = Bindings.LearnerBuilt(work.FullName) ?? throw new NotGraded(NotGraded.NoResults, "No Kata.dll was built.");
            var specs = judge();
            // The specs were compiled against the template alone: what is left to check is that no type of the learner's
            // lies where a name the specs look up could find it.
            var standIns = new Bindings(specs.Bindings.Referenced, Bindings.DeclaredTypes(built)).StandInsFor(specs.Bindings);
            if (standIns.Count > 0)
            {
                throw new NotGraded(NotGraded.StandsIn, string.Join('\n', standIns));
            }

            // Before any of it runs: code that names the judge's side (reflection, the environment, files, processes) is not judged.
            var reaches = Reach.Of(built);
            if (reaches.Count > 0)
            {
                throw new NotGraded(NotGraded.ReachesOut, string.Join('\n', reaches));
            }

            return Grade.From(Course(template), Workspace.RunSpecs(work.FullName, specs.LayBeside(work.FullName, built)), tampered);
        }
        catch (NotGraded why)
        {
            return Grade.Failed(Course(template), why, tampered);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>The judge once its build is done. A template that does not build is no learner's failure: it ends the run.</summary>
    public static Judge Built(Task<Judge> template)
    {
        try
        {
            return template.GetAwaiter().GetResult();
        }
        catch (NotGraded why)
        {
            throw new TemplateDoesNotBuild(why);
        }
    }

    /// <summary>Thrown past a learner's grade, which catches <see cref="NotGraded"/>: the template, not the learner, did not build.</summary>
    public sealed class TemplateDoesNotBuild(NotGraded why) : InvalidOperationException($"The trusted template does not build: {why.Message}", why);

    /// <summary>Deletes the judge's build once it is done, whether or not it built.</summary>
    public static void Dispose(Task<Judge> judge)
    {
        try
        {
            judge.GetAwaiter().GetResult().Dispose();
        }
        catch (NotGraded)
        {
            // A build that failed left nothing behind (Judge.Build).
        }
    }

    /// <summary>Paths a trusted grading expects to differ (say the shim workflow): <c>--ignore a,b</c>.</summary>
    private static IReadOnlyCollection<string> Ignored(string? paths) =>
        paths?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    private static int Report(Grade grade, string? markdown, string? json, string? githubOutput, TextWriter output)
    {
        if (markdown is not null)
        {
            File.AppendAllText(markdown, grade.ToMarkdown());
        }

        if (json is not null)
        {
            File.WriteAllText(json, grade.ToJson());
        }

        if (githubOutput is not null)
        {
            File.AppendAllText(githubOutput, $"result={grade.ToClassroomResult()}{Environment.NewLine}");
        }

        output.WriteLine($"Points {grade.Points}/{grade.Max}");
        foreach (var path in grade.Tampered)
        {
            output.WriteLine($"changed outside {Tampering.ExerciseFolder}, not used: {path}");
        }

        return 0;
    }

    private static IReadOnlyList<Exercise> Course(string root) => Manifest.Parse(File.ReadAllText(Path.Combine(root, Manifest.FileName)));
}
