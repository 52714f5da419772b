using System.CommandLine;
using System.Globalization;

namespace Kata.Classroom;

/// <summary>
/// The commands for a whole class: <c>gradebook</c> (every learner of the learners file, a section of it, or the
/// students of a regrade), <c>fetch</c> (the learners' commits taken at one moment, for grading apart from the
/// token that read them), <c>merge</c> (parts graded apart into one gradebook, by student) and <c>parts</c> (the jobs
/// a matrix of gradebook.yml deals the class into).
/// </summary>
public static partial class Commands
{
    private static Command GradebookCommand(Option<string> template, Option<string?> ignore, Option<string> folder, TextWriter output)
    {
        var commit = new Option<string?>("--commit") { HelpName = "SHA", Description = "Check the template out at this commit first." };
        var parallel = new Option<int>("--parallel") { HelpName = "N", DefaultValueFactory = _ => 1, Description = "How many learners are graded at once." };
        parallel.Validators.Add(result => AtLeast(result, 1, "--parallel"));
        var (learners, deadline, lateDays, students, sections) = LearnerOptions();
        var gradebook = new Command("gradebook",
            "Grade each learner the trusted way, at its pinned commit or its last commit before its deadline (late days included); write gradebook.csv, .md and .json.")
            { template, commit, learners, folder, deadline, lateDays, students, sections, parallel, ignore };
        gradebook.SetAction(line =>
        {
            // The learners file is read before the template is built, so that a mistake in it costs no time.
            var chosen = Learners(line.GetRequiredValue(learners), line.GetValue(students) ?? [], line.GetValue(sections) ?? [], line.GetValue(deadline));
            var root = line.GetRequiredValue(template);
            var trusted = line.GetValue(commit) is { } sha ? Git.Checkout(root, sha) : root;
            var rows = Gradebook.InStudentOrder(GradeAll(trusted, chosen, TimeSpan.FromDays(line.GetValue(lateDays)), line.GetValue(parallel), Ignored(line.GetValue(ignore))));
            Gradebook.Write(rows, line.GetRequiredValue(folder));
            output.Write(Gradebook.ToMarkdown(rows));
            output.WriteLine(Sandbox.Description);
        });
        return gradebook;
    }

    private static Command FetchCommand(TextWriter output, TextWriter errors)
    {
        var into = new Option<string>("--into") { HelpName = "DIR", Required = true, Description = "An empty folder to clone each learner into; its learners.txt lists the clones, each pinned to the commit taken." };
        var part = new Option<int>("--part") { HelpName = "K", DefaultValueFactory = _ => 0, Description = "Take only part K (from 0) of the --of parts, the learners dealt in turn (one job of gradebook.yml)." };
        var of = new Option<int>("--of") { HelpName = "N", DefaultValueFactory = _ => 1, Description = "How many parts the learners are dealt into." };
        var (learners, deadline, lateDays, students, sections) = LearnerOptions();
        var fetch = new Command("fetch",
            "Clone each learner at the commit the gradebook would grade, now, and write a learners file of those clones: grade it later, or in a step without the token that read them.")
            { learners, into, deadline, lateDays, students, sections, part, of };
        fetch.Validators.Add(result =>
        {
            // Command validators see only the options given; the others have their defaults.
            var (k, n) = (result.GetResult(part)?.GetValueOrDefault<int>() ?? 0, result.GetResult(of)?.GetValueOrDefault<int>() ?? 1);
            if (n < 1 || k < 0 || k >= n)
            {
                result.AddError($"--part {k} --of {n}: the part is one of 0 to N - 1, and N is 1 or more.");
            }
        });
        fetch.SetAction(line =>
        {
            var chosen = LearnerRepository.Part(Learners(line.GetRequiredValue(learners), line.GetValue(students) ?? [], line.GetValue(sections) ?? [], line.GetValue(deadline)),
                line.GetValue(part), line.GetValue(of));
            var folder = line.GetRequiredValue(into);
            if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            {
                throw new IOException($"{folder} is not empty: fetch clones into an empty folder.");
            }

            var late = TimeSpan.FromDays(line.GetValue(lateDays));
            var lines = chosen.Select((learner, index) =>
            {
                try
                {
                    var clone = Path.GetFullPath(Path.Combine(folder, index.ToString("D3", CultureInfo.InvariantCulture)));
                    var (_, taken, _) = Git.Fetch(learner, learner.Deadline + late, clone);
                    return (learner with { Source = clone, Commit = taken }).ToLine();
                }
                catch (Exception failure) when (failure is InvalidOperationException or IOException or NotGraded)
                {
                    // Its line stays as it was: the gradebook then tries again and gives the student a row saying why.
                    errors.WriteLine($"{learner.Name}: {failure.Message}");
                    return learner.ToLine();
                }
            }).ToList();
            File.WriteAllLines(Path.Combine(folder, "learners.txt"), lines);
            output.WriteLine($"learners taken: {lines.Count}; grade them with: gradebook --learners {Path.Combine(folder, "learners.txt")}");
        });
        return fetch;
    }

    /// <summary>The most jobs one matrix of GitHub Actions runs.</summary>
    public const int MostJobs = 256;

    private static Command PartsCommand(TextWriter output)
    {
        var jobs = new Option<string>("--jobs")
        {
            HelpName = "N|each", DefaultValueFactory = _ => "1",
            Description = $"How many jobs to deal the chosen learners into, or each: one job per learner (for grades that count). At most {MostJobs}.",
        };
        var (learners, _, _, students, sections) = LearnerOptions();
        var parts = new Command("parts", "Print the jobs of a gradebook.yml matrix for the chosen learners, as GitHub outputs: jobs=N and parts=[0,…,N-1].")
            { learners, students, sections, jobs };
        parts.SetAction(line =>
        {
            // The learners file is read here as fetch and gradebook read it: no second parser of it in the workflow.
            var chosen = Learners(line.GetRequiredValue(learners), line.GetValue(students) ?? [], line.GetValue(sections) ?? [], deadline: null);
            var count = Jobs(line.GetRequiredValue(jobs), chosen.Count);
            output.WriteLine($"jobs={count}");
            output.WriteLine($"parts=[{string.Join(',', Enumerable.Range(0, count))}]");
        });
        return parts;
    }

    /// <summary>The jobs <paramref name="jobs"/> asks for ("each", or a number) for <paramref name="learners"/> chosen learners.</summary>
    public static int Jobs(string jobs, int learners) => jobs.Trim() switch
    {
        "each" when learners is >= 1 and <= MostJobs => learners,
        "each" => throw new InvalidOperationException($"--jobs each needs 1 to {MostJobs} learners, and {learners} were chosen."),
        var number when int.TryParse(number, System.Globalization.NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is >= 1 and <= MostJobs => count,
        var other => throw new InvalidOperationException($"--jobs {other}: a number from 1 to {MostJobs}, or each."),
    };

    private static Command MergeCommand(Option<string> folder, TextWriter output)
    {
        var parts = new Option<string[]>("--parts")
        {
            HelpName = "PATH", Required = true, AllowMultipleArgumentsPerToken = true,
            Description = "Gradebook folders or gradebook.json files, in order (a folder: every gradebook.json below it). A student's row in a later part replaces their row in an earlier one.",
        };
        var merge = new Command("merge", "Merge gradebooks graded apart (jobs, sections, regrades) into one, by student; refuse parts graded on different template commits.") { parts, folder };
        merge.SetAction(line =>
        {
            var named = line.GetRequiredValue(parts).SelectMany(PartFiles)
                .Select(file => (file, Gradebook.FromJson(File.ReadAllText(file)))).ToList();
            var merged = Gradebook.Merge(named);
            Gradebook.Write(merged, line.GetRequiredValue(folder));
            output.Write(Gradebook.ToMarkdown(merged));
        });
        return merge;
    }

    /// <summary>Grades the learners on the trusted template, fetching every one of them before grading any, so that all are taken at one moment.</summary>
    private static List<GradebookRow> GradeAll(string trusted, IReadOnlyList<LearnerRepository> learners, TimeSpan lateDays, int parallel, IReadOnlyCollection<string> ignored)
    {
        if (learners.Count == 0)
        {
            // A job of gradebook.yml whose share of a regrade is empty builds nothing.
            return [];
        }

        var templateCommit = Git.Head(trusted);
        // The template's specs build beside the first learners' builds: they are needed once a learner's own build is done.
        var judge = Task.Run(() => Judge.Build(trusted));
        var fetched = learners.Select(learner =>
        {
            try
            {
                var (checkout, graded, time) = Git.Fetch(learner, learner.Deadline + lateDays);
                return (learner, checkout, graded, time, failure: (NotGraded?)null);
            }
            catch (NotGraded why)
            {
                return (learner, checkout: "", graded: "", time: (DateTimeOffset?)null, failure: why);
            }
            catch (Exception failure) when (failure is InvalidOperationException or IOException)
            {
                // One learner's missing or broken repository must not cost the others their row.
                return (learner, checkout: "", graded: "", time: (DateTimeOffset?)null, failure: new NotGraded(NotGraded.CouldNotClone, failure.Message));
            }
        }).ToList();
        try
        {
            return [.. fetched.AsParallel().AsOrdered().WithDegreeOfParallelism(parallel).Select(learner => new GradebookRow(learner.learner, learner.graded, learner.time, templateCommit,
                learner.failure is { } failure ? Grade.Failed(Course(trusted), failure, []) : Trusted(trusted, () => Built(judge), learner.checkout, ignored)))];
        }
        catch (AggregateException all) when (all.InnerException is TemplateDoesNotBuild broken)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(broken);
            throw;
        }
        finally
        {
            Dispose(judge);
        }
    }

    /// <summary>The learners a run takes, each with the class deadline where their line gives none; a mistake in the file is named with the file.</summary>
    private static IReadOnlyList<LearnerRepository> Learners(string file, IReadOnlyCollection<string> students, IReadOnlyCollection<string> sections, DateTimeOffset? deadline)
    {
        try
        {
            return [.. LearnerRepository.Select(LearnerRepository.ParseAll(File.ReadAllLines(file)), students, sections)
                .Select(learner => learner with { Student = learner.Name, Deadline = learner.Deadline ?? deadline })];
        }
        catch (FormatException failure)
        {
            throw new InvalidOperationException($"{file}: {failure.Message}", failure);
        }
    }

    private static IEnumerable<string> PartFiles(string path)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        var files = Directory.EnumerateFiles(path, "gradebook.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        return files.Count > 0 ? files : throw new IOException($"No gradebook.json in {path}.");
    }

    private static (Option<string> Learners, Option<DateTimeOffset?> Deadline, Option<int> LateDays, Option<string[]> Students, Option<string[]> Sections) LearnerOptions()
    {
        var learners = new Option<string>("--learners")
        {
            HelpName = "FILE", Required = true,
            Description = "The learners file: per line a local clone or git URL, optionally @commit, then student=, section= and deadline= (docs/en/instructors.md).",
        };
        var deadline = new Option<DateTimeOffset?>("--deadline")
        {
            HelpName = "TIME", Description = $"The class deadline ({Times.Example}), for learners whose line gives none: each is graded at their last commit before it.",
            CustomParser = result =>
            {
                try
                {
                    return Times.Parse(result.Tokens[0].Value, $"--deadline {result.Tokens[0].Value}");
                }
                catch (FormatException failure)
                {
                    result.AddError(failure.Message);
                    return null;
                }
            },
        };
        var lateDays = new Option<int>("--late-days")
        {
            HelpName = "N", DefaultValueFactory = _ => 0,
            Description = "Also take work up to N days after each learner's deadline: the last commit before deadline + N days is graded, and the late column says how late it came.",
        };
        lateDays.Validators.Add(result => AtLeast(result, 0, "--late-days"));
        var students = new Option<string[]>("--student")
        {
            HelpName = "NAME", AllowMultipleArgumentsPerToken = true,
            Description = "Only these students (their student=, else their repository's name): a regrade, whose rows merge puts in place of the old ones.",
        };
        var sections = new Option<string[]>("--section")
        {
            HelpName = "SECTION", AllowMultipleArgumentsPerToken = true, Description = "Only the students of these sections: a TA's share, merged with the others into the class's gradebook.",
        };
        return (learners, deadline, lateDays, students, sections);
    }

    private static void AtLeast(System.CommandLine.Parsing.OptionResult result, int least, string name)
    {
        if (result.GetValueOrDefault<int>() < least)
        {
            result.AddError($"{name} must be {least} or more.");
        }
    }
}
