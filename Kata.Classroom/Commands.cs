using System.CommandLine;
using System.Globalization;

namespace Kata.Classroom;

/// <summary>
/// <c>dotnet run --project Kata.Classroom -- &lt;command&gt;</c>: grade a run, grade a learner against the
/// trusted template, keep a gradebook, or write the learner edition. <c>--help</c> describes each command.
/// </summary>
public static class Commands
{
    /// <summary>Runs a command line: 0 when done, 1 when grading could not be done (the reason on <paramref name="errors"/>), 2 for a command line that does not parse (the reason and the help on <paramref name="errors"/>).</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter errors)
    {
        var parsed = Line(output).Parse(args);
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

    private static RootCommand Line(TextWriter output)
    {
        var markdown = new Option<string?>("--markdown") { HelpName = "FILE", Description = "Append the points table to FILE (the job summary: $GITHUB_STEP_SUMMARY)." };
        var json = new Option<string?>("--json") { HelpName = "FILE", Description = "Write the grade as JSON to FILE." };
        var githubOutput = new Option<string?>("--github-output") { HelpName = "FILE", Description = "Write result=<base64> for autograding-grading-reporter to FILE ($GITHUB_OUTPUT)." };
        var trx = new Option<string?>("--trx") { HelpName = "FILE", Description = "Grade the results in this .trx file instead of running the specs." };
        var template = new Option<string>("--template") { HelpName = "DIR", Required = true, Description = "The trusted template: the learner edition at the commit the course started from." };
        var learner = new Option<string>("--learner") { HelpName = "DIR", Required = true, Description = "The learner's checkout; only its Kata/Exercises/ is graded." };
        var ignore = new Option<string?>("--ignore") { HelpName = "PATH,PATH", Description = "Paths expected to differ from the template, comma-separated (the shim workflow, say)." };
        var commit = new Option<string?>("--commit") { HelpName = "SHA", Description = "Check the template out at this commit first." };
        var learners = new Option<string>("--learners") { HelpName = "FILE", Required = true, Description = "A file with one learner per line: a local clone or a git URL, optionally @commit." };
        var folder = new Option<string>("--out") { HelpName = "DIR", Required = true, Description = "The folder to write to." };
        var parts = new Option<string>("--parts") { HelpName = "DIR", Required = true, Description = "A folder whose gradebook.json files (the jobs of gradebook.yml) are merged." };
        var deadline = new Option<DateTimeOffset?>("--deadline")
        { HelpName = "TIME",
            Description = "Grade each learner at their last commit before this time (2026-12-01T23:59:00+09:00).",
            CustomParser = result => DateTimeOffset.TryParse(result.Tokens[0].Value, CultureInfo.InvariantCulture, out var time) ? time
                : Invalid<DateTimeOffset?>(result, $"--deadline {result.Tokens[0].Value} is not a time such as 2026-12-01T23:59:00+09:00."),
        };
        var parallel = new Option<int>("--parallel") { HelpName = "N", DefaultValueFactory = _ => 1, Description = "How many learners are graded at once." };
        parallel.Validators.Add(result => { if (result.GetValueOrDefault<int>() < 1) { result.AddError("--parallel must be 1 or more."); } });

        var grade = new Command("grade", "Grade this checkout: build it and run its specs (or read --trx).") { trx, markdown, json, githubOutput };
        grade.SetAction(line => Report(line.GetValue(trx) is { } file ? Grade.From(Course("."), TrxResults.Read(File.ReadAllText(file)), []) : Own("."),
            line.GetValue(markdown), line.GetValue(json), line.GetValue(githubOutput), output));

        var trusted = new Command("trusted", "Grade the learner's Kata/Exercises/ on the trusted template's specs, project files and points; report what the learner changed elsewhere.")
            { template, learner, ignore, markdown, json, githubOutput };
        trusted.SetAction(line =>
        {
            var root = line.GetRequiredValue(template);
            output.WriteLine($"graded on the trusted template in {Path.GetFullPath(root)}");
            return Report(Trusted(root, TemplateBindings(root), line.GetRequiredValue(learner), Ignored(line.GetValue(ignore))),
                line.GetValue(markdown), line.GetValue(json), line.GetValue(githubOutput), output);
        });

        var gradebook = new Command("gradebook", "Grade every learner the trusted way, each at its pinned commit or its last commit before the deadline; write gradebook.csv, .md and .json.")
            { template, commit, learners, folder, deadline, parallel, ignore };
        gradebook.SetAction(line => WriteGradebook(line.GetRequiredValue(template), line.GetValue(commit), File.ReadAllLines(line.GetRequiredValue(learners)),
            line.GetRequiredValue(folder), line.GetValue(parallel), Ignored(line.GetValue(ignore)), line.GetValue(deadline), output));

        var merge = new Command("merge", "Merge the gradebook.json files found under --parts into one gradebook.") { parts, folder };
        merge.SetAction(line =>
        {
            var merged = Directory.EnumerateFiles(line.GetRequiredValue(parts), "gradebook.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .SelectMany(part => Gradebook.FromJson(File.ReadAllText(part))).ToList();
            Gradebook.Write(merged, line.GetRequiredValue(folder));
            output.Write(Gradebook.ToMarkdown(merged));
        });

        var edition = new Command("edition", "Write the learner edition of this repository.") { folder };
        edition.SetAction(line =>
        {
            Edition.Write(".", line.GetRequiredValue(folder));
            output.WriteLine($"learner edition written to {line.GetRequiredValue(folder)}");
        });

        return new RootCommand("Grading, the gradebook and the learner edition of the kata.") { grade, trusted, gradebook, merge, edition };
    }

    private static T? Invalid<T>(System.CommandLine.Parsing.ArgumentResult result, string error)
    {
        result.AddError(error);
        return default;
    }

    /// <summary>Grades a checkout as it is (the learner's own, path A): built, then its specs run; code that does not build grades 0 with the compiler's errors.</summary>
    public static Grade Own(string root)
    {
        try
        {
            Workspace.Build(root);
            return Grade.From(Course(root), TrxResults.Read(Workspace.RunSpecs(root)), []);
        }
        catch (NotGraded why)
        {
            return Grade.Failed(Course(root), why, []);
        }
    }

    /// <summary>
    /// Grades only the learner's exercise files, on a fresh copy of the trusted template. Code that does not
    /// build, that makes a name the specs use bind to the learner's code (<see cref="Bindings"/>), or whose
    /// run writes no results, grades 0 with the reason on every spec.
    /// </summary>
    /// <param name="template">The trusted template, as its build binds the specs: <see cref="TemplateBindings"/>, once per template.</param>
    public static Grade Trusted(string template, Bindings templateBindings, string learner, IReadOnlyCollection<string>? ignored = null)
    {
        var tampered = Tampering.Find(template, learner, ignored);
        var work = Workspace.LayIn(template, learner);
        try
        {
            BuildNamingStandIns(work.FullName, templateBindings);
            var standIns = Bindings.OfBuild(work.FullName).StandInsFor(templateBindings);
            if (standIns.Count > 0)
            {
                throw new NotGraded(NotGraded.StandsIn, string.Join('\n', standIns));
            }

            return Grade.From(Course(template), TrxResults.Read(Workspace.RunSpecs(work.FullName)), tampered);
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

    /// <summary>
    /// Builds a template with the learner's files laid in. The template's specs build on their own, so when the learner's
    /// project builds and the specs beside it do not, a type of the learner's has taken a name the specs use (an
    /// <c>Assert</c> of its own, say): that is a stand-in, named as such, not code that does not build.
    /// </summary>
    private static void BuildNamingStandIns(string root, Bindings templateBindings)
    {
        try
        {
            Workspace.Build(root);
        }
        catch (NotGraded why) when (why.Status == NotGraded.DidNotBuild && Bindings.LearnerBuilt(root) is { } learner)
        {
            var standIns = new Bindings(new HashSet<string>(), Bindings.DeclaredTypes(learner)).StandInsFor(templateBindings);
            throw standIns.Count > 0 ? new NotGraded(NotGraded.StandsIn, string.Join('\n', [.. standIns, why.Message])) : why;
        }
    }

    /// <summary>What the untouched template's specs bind to: its own build, in a scratch copy.</summary>
    public static Bindings TemplateBindings(string template)
    {
        var work = Workspace.LayIn(template, template);
        try
        {
            Workspace.Build(work.FullName);
            return Bindings.OfBuild(work.FullName);
        }
        finally
        {
            work.Delete(recursive: true);
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

    private static int WriteGradebook(string template, string? commit, IReadOnlyList<string> lines, string folder, int parallel, IReadOnlyCollection<string> ignored,
        DateTimeOffset? deadline, TextWriter output)
    {
        var trusted = commit is null ? template : Git.Checkout(template, commit);
        var bindings = TemplateBindings(trusted);
        // Every learner is fetched before any is graded, so that all are taken at the same moment.
        var fetched = LearnerRepository.ParseAll(lines).Select(learner =>
        {
            try
            {
                var (checkout, graded) = Git.Fetch(learner, deadline);
                return (learner, checkout, graded, failure: (NotGraded?)null);
            }
            catch (Exception failure) when (failure is InvalidOperationException or IOException)
            {
                // One learner's missing or broken repository must not cost the others their row.
                return (learner, checkout: "", graded: "", failure: new NotGraded(NotGraded.CouldNotClone, failure.Message));
            }
        }).ToList();
        var rows = fetched.AsParallel().AsOrdered().WithDegreeOfParallelism(parallel).Select(learner => new GradebookRow(learner.learner.Name, learner.graded,
            learner.failure is { } failure ? Grade.Failed(Course(trusted), failure, []) : Trusted(trusted, bindings, learner.checkout, ignored))).ToList();
        Gradebook.Write(rows, folder);
        output.Write(Gradebook.ToMarkdown(rows));
        return 0;
    }

    private static IReadOnlyList<Exercise> Course(string root) => Manifest.Parse(File.ReadAllText(Path.Combine(root, Manifest.FileName)));
}
