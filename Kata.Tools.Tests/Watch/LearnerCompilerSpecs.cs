using Kata.Classroom;
using Kata.Watch;

namespace Kata.Tools.Tests.Watch;

/// <summary>
/// The watch compiles <c>Kata/</c> on each save from what MSBuild says about the first build (<see cref="BuildPaths"/>), never
/// from paths it assumes: these specs ask MSBuild about the checkout they were built from, as the watch does.
/// </summary>
[TestFixture]
[Category("machinery")]
public sealed class LearnerCompilerSpecs
{
    private BuildPaths paths = null!;

    [OneTimeSetUp]
    public void AskMsBuild() => paths = BuildPaths.Ask(Repository.Root.FullName);

    [Test]
    public void MSBuild_names_the_test_output_the_generated_files_and_the_references_of_the_learner_s_assembly()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Path.Combine(paths.TestsOutput, "Kata.Tests.dll"), Does.Exist);
            Assert.That(Path.Combine(paths.LearnerGenerated, "Kata.AssemblyInfo.cs"), Does.Exist);
            Assert.That(paths.LearnerReferences.Select(Path.GetFileName), Does.Contain("Kata.Machinery.dll").And.Contain("Kata.Course.dll").And.Contain("System.Runtime.dll"));
            Assert.That(paths.LearnerReferences.Select(Path.GetFileName), Does.Not.Contain("nunit.framework.dll"), "Kata's own references, not the specs'");
        });
    }

    [Test]
    public void The_watch_s_compile_declares_every_type_MSBuild_s_build_declares_outside_the_exercises()
    {
        var output = Directory.CreateTempSubdirectory("kata-watch-spec-");
        try
        {
            var compiled = new LearnerCompiler(Repository.Root.FullName, paths).Compile(output.FullName);

            Assert.That(compiled.Errors, Is.Empty);
            var (watch, msbuild) = (Outside(Path.Combine(output.FullName, "Kata.dll")).ToList(), Outside(Bindings.LearnerBuilt(Repository.Root.FullName)!).ToList());
            Assert.That((watch.Except(msbuild), msbuild.Except(watch)), Is.EqualTo((Array.Empty<string>(), Array.Empty<string>())));
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [Test]
    public void A_compile_error_in_a_learner_s_file_is_shown_with_its_path_from_the_checkout_and_its_line()
    {
        var root = Directory.CreateTempSubdirectory("kata-watch-spec-");
        try
        {
            Workspace.Copy(Repository.PathOf("Kata"), Path.Combine(root.FullName, "Kata"), path => path.EndsWith(".cs", StringComparison.Ordinal));
            File.WriteAllText(Path.Combine(root.FullName, "Kata", "Exercises", "Broken.cs"), "namespace Kata.Exercises;\n\npublic static class Broken { public static int Two() => 2 }\n");

            var compiled = new LearnerCompiler(root.FullName, paths).Compile(root.FullName);

            Assert.That(compiled.Errors, Has.Some.StartsWith("Kata/Exercises/Broken.cs(3,").And.Contains("error CS1002"));
            Assert.That(Path.Combine(root.FullName, "Kata.dll"), Does.Not.Exist, "nothing is written when the code does not compile");
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    /// <summary>The types a source file declares outside the exercises: the compiler's own (closures, state machines) are numbered by file order, which differs.</summary>
    private static IEnumerable<string> Outside(string assembly) =>
        Bindings.DeclaredTypes(assembly).Where(type => !type.StartsWith(Bindings.ExerciseNamespace + ".", StringComparison.Ordinal) && !type.Contains('<', StringComparison.Ordinal));
}
