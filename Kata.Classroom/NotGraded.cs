namespace Kata.Classroom;

/// <summary>Why a learner's code could not be graded: it grades 0 with this status and reason.</summary>
public sealed class NotGraded(string status, string reason) : Exception(reason)
{
    public const string DidNotBuild = "did not build";
    public const string StandsIn = "stands in for the specs";
    public const string ReachesOut = "reaches outside its exercise";
    public const string NoResults = "wrote no results";
    public const string TimedOut = "timed out";
    public const string CouldNotClone = "could not clone";
    public const string NothingInTime = "no commit in time";

    public string Status { get; } = status;
}
