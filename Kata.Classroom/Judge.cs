namespace Kata.Classroom;

/// <summary>
/// The specs of a trusted grading, built once from the template alone and never compiled beside a learner's code. Each
/// learner's <c>Kata.dll</c> is built on its own and laid into a copy of this build in place of the template's: no name
/// in the specs can bind to a type of the learner's (the compiler bound them all to the template's), and a learner's
/// build compiles the learner's assembly only. A member the specs call that the learner's code no longer has fails those
/// specs when they run (<see cref="MissingMemberException"/>), and only those.
/// </summary>
public sealed class Judge : IDisposable
{
    private const string Folder = "judge";

    private readonly DirectoryInfo work;

    private Judge(DirectoryInfo work, Bindings bindings, string output) => (this.work, Bindings, Output) = (work, bindings, output);

    /// <summary>What the template's specs bind to in its <c>Kata.dll</c>, and every type that assembly declares.</summary>
    public Bindings Bindings { get; }

    /// <summary>The folder of the built specs: <c>Kata.Tests.dll</c> and everything it loads.</summary>
    public string Output { get; }

    /// <summary>Builds the template's specs in a scratch copy of <paramref name="template"/>, kept until the judge is disposed.</summary>
    public static Judge Build(string template)
    {
        var work = Workspace.LayIn(template, template);
        try
        {
            Workspace.Build(work.FullName, Workspace.Specs);
            return new Judge(work, Bindings.OfBuild(work.FullName), Path.GetDirectoryName(Bindings.SpecsBuilt(work.FullName))!);
        }
        catch
        {
            work.Delete(recursive: true);
            throw;
        }
    }

    /// <summary>
    /// A copy of the built specs inside <paramref name="root"/> (a checkout, whose files the specs read) with
    /// <paramref name="learnerAssembly"/> and its symbols in place of the template's; returns the specs assembly to run.
    /// </summary>
    public string LayBeside(string root, string learnerAssembly)
    {
        var folder = Path.Combine(root, Folder);
        Workspace.Copy(Output, folder, _ => true);
        foreach (var extension in new[] { ".dll", ".pdb" })
        {
            var file = Path.ChangeExtension(learnerAssembly, extension);
            if (File.Exists(file))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
            }
        }

        return Path.Combine(folder, Workspace.Specs + ".dll");
    }

    public void Dispose() => work.Delete(recursive: true);
}
