namespace Kata.Tests.Support;

/// <summary>
/// Marks a fixture as specs of one exercise: its NUnit category is the exercise's id in exercises.json
/// (so <c>dotnet test --filter TestCategory=NN-name</c> runs it), and <see cref="ExerciseSpecs"/>
/// reads the id from here.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ExerciseAttribute(string id) : CategoryAttribute(id);
