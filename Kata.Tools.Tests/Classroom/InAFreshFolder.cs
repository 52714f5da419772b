namespace Kata.Tools.Tests.Classroom;

/// <summary>A fixture whose every spec gets a scratch folder of its own, deleted after it: the grading tool writes files.</summary>
public abstract class InAFreshFolder
{
    protected string Root { get; private set; } = "";

    [SetUp]
    public void MakeAFolder() => Root = Directory.CreateTempSubdirectory("kata-spec-").FullName;

    [TearDown]
    public void RemoveTheFolder() => Directory.Delete(Root, recursive: true);
}
