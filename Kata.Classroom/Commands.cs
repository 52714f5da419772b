namespace Kata.Classroom;

/// <summary>
/// <c>dotnet run --project Kata.Classroom -- &lt;command&gt;</c>: grade a run, grade a learner against the
/// trusted template, keep a gradebook, or write the learner edition.
/// </summary>
public static class Commands
{
    public const string Usage = """
        usage: dotnet run --project Kata.Classroom -- <command>
          grade [--trx FILE]                 grade this checkout (runs its specs unless --trx is given)
          trusted --template DIR --learner DIR [--ignore PATH,PATH]
                                             grade the learner's Kata/Exercises/ on the trusted template's specs,
                                             project files and points; report what the learner changed elsewhere
                                             (--ignore: paths expected to differ, such as the shim workflow)
          gradebook --template DIR [--commit SHA] --learners FILE --out DIR [--deadline TIME] [--parallel N] [--ignore PATH,PATH]
                                             grade every learner (a local clone or a git URL per line, optionally
                                             @commit) the trusted way, N at a time, each at its pinned commit or its
                                             last commit before the deadline; write gradebook.csv, .md and .json
          merge --parts DIR --out DIR        merge the gradebook.json files found under --parts (the jobs of gradebook.yml) into one gradebook
          edition --out DIR                  write the learner edition of this repository
        options of grade and trusted:
          --markdown FILE                    append the points table (the job summary: $GITHUB_STEP_SUMMARY)
          --json FILE                        write the grade as JSON
          --github-output FILE               write result=<base64> for autograding-grading-reporter ($GITHUB_OUTPUT)
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter errors)
    {
        try
        {
            return Dispatch(args, output, errors);
        }
        catch (Exception failure) when (failure is InvalidOperationException or IOException or NotGraded)
        {
            errors.WriteLine(failure.Message);
            return 1;
        }
    }

    private static int Dispatch(IReadOnlyList<string> args, TextWriter output, TextWriter errors)
    {
        var options = Options.Parse(args.Skip(1));
        switch (args.FirstOrDefault())
        {
            case "grade":
                return Report(options.Get("--trx") is { } file ? Grade.From(Course("."), TrxResults.Read(File.ReadAllText(file)), []) : Own("."), options, output);
            case "trusted" when options.Get("--template") is { } template && options.Get("--learner") is { } learner:
                output.WriteLine($"graded on the trusted template in {Path.GetFullPath(template)}");
                return Report(Trusted(template, TemplateBindings(template), learner, Ignored(options)), options, output);
            case "gradebook" when options.Get("--template") is { } template && options.Get("--learners") is { } list && options.Get("--out") is { } folder:
                return WriteGradebook(template, options.Get("--commit"), File.ReadAllLines(list), folder, Parallel(options), Ignored(options), Deadline(options), output);
            case "merge" when options.Get("--parts") is { } parts && options.Get("--out") is { } folder:
                var merged = Directory.EnumerateFiles(parts, "gradebook.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                    .SelectMany(part => Gradebook.FromJson(File.ReadAllText(part))).ToList();
                Gradebook.Write(merged, folder);
                output.Write(Gradebook.ToMarkdown(merged));
                return 0;
            case "edition" when options.Get("--out") is { } folder:
                Edition.Write(".", folder);
                output.WriteLine($"learner edition written to {folder}");
                return 0;
            default:
                errors.WriteLine(Usage);
                return 2;
        }
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
    private static IReadOnlyCollection<string> Ignored(Options options) =>
        options.Get("--ignore")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    private static int Report(Grade grade, Options options, TextWriter output)
    {
        if (options.Get("--markdown") is { } markdown)
        {
            File.AppendAllText(markdown, grade.ToMarkdown());
        }

        if (options.Get("--json") is { } json)
        {
            File.WriteAllText(json, grade.ToJson());
        }

        if (options.Get("--github-output") is { } githubOutput)
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

    /// <summary><c>--deadline 2026-12-01T23:59+09:00</c>: each learner is graded at their last commit before it.</summary>
    private static DateTimeOffset? Deadline(Options options) =>
        options.Get("--deadline") is not { } text ? null
        : DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var deadline) ? deadline
        : throw new InvalidOperationException($"--deadline {text} is not a time such as 2026-12-01T23:59:00+09:00.");

    /// <summary>How many learners are graded at once: <c>--parallel N</c>, one by default.</summary>
    private static int Parallel(Options options) =>
        int.TryParse(options.Get("--parallel"), System.Globalization.CultureInfo.InvariantCulture, out var count) && count > 0 ? count : 1;

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
