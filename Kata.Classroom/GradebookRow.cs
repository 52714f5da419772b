namespace Kata.Classroom;

/// <summary>
/// One student's grade and the terms it was given on: the learner's line (student, section, their deadline), the
/// commit graded and its committer time ("" and none for a folder that is not a git checkout), and the commit of
/// the template the specs and points came from.
/// </summary>
public sealed record GradebookRow(LearnerRepository Learner, string Commit, DateTimeOffset? CommitTime, string TemplateCommit, Grade Grade)
{
    /// <summary>How long after the student's deadline the graded commit came: zero if before it, none without a deadline or a commit time.</summary>
    public TimeSpan? Late => Times.Late(CommitTime, Learner.Deadline);
}
