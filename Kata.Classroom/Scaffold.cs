using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Kata.Classroom;

/// <summary>
/// <c>dotnet run --project Kata.Classroom -- scaffold NN-name</c>: a new exercise in its own places, after the
/// conventions the kata finds by reflection (the class <c>Kata.Exercises.Name</c> with its <c>RunProgram()</c>, the
/// fixture <c>NameSpecs</c> marked <c>[Exercise("NN-name")]</c>, its <c>NameMessages</c>), plus the manifest's entry, the
/// previous lessons' pointer to the new one and README's table. Then <see cref="Check"/> builds and runs it.
/// </summary>
public static partial class Scaffold
{
    /// <summary>The files a new exercise has, each written here: the checklist of docs/en/maintainers.md lists them.</summary>
    public static IReadOnlyList<string> Places(string id)
    {
        var name = Exercise.ClassName(id);
        return
        [
            $"Kata/Exercises/{id}/{name}.cs", $"Kata/Reference/{id}/{name}.cs",
            $"Kata.Tests/Exercises/{id}/{name}Specs.cs", $"Kata.Tests/Exercises/{id}/{name}Messages.resx", $"Kata.Tests/Exercises/{id}/{name}Messages.ko.resx",
            $"docs/en/{id}.md", $"docs/ko/{id}.md",
        ];
    }

    /// <summary>The files the scaffold changes beside them: the manifest, README's generated table and the previous lesson in each language.</summary>
    public static readonly IReadOnlyList<string> Changed = [Manifest.FileName, "README.md", "docs/en/<previous>.md", "docs/ko/<previous>.md"];

    /// <summary>Writes exercise <paramref name="id"/>, the next in course order, into the kata at <paramref name="root"/>.</summary>
    public static void Write(string root, string id)
    {
        var course = Manifest.Parse(File.ReadAllText(Path.Combine(root, Manifest.FileName)));
        var match = IdPattern().Match(id);
        if (!match.Success || int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) != course.Count + 1)
        {
            throw new InvalidOperationException($"'{id}' is not the next exercise: its id is {course.Count + 1:00}-kebab-case, after {course[^1].Id}.");
        }

        var places = Places(id);
        if (places.FirstOrDefault(place => File.Exists(Path.Combine(root, place))) is { } taken)
        {
            throw new InvalidOperationException($"{taken} exists already.");
        }

        var name = Exercise.ClassName(id);
        string[] texts = [Stub(id, name), Reference(id, name), Specs(id, name), Messages(English), Messages(Korean), LessonEn(id), LessonKo(id)];
        foreach (var (place, text) in places.Zip(texts))
        {
            var path = Path.Combine(root, place);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        var manifest = Path.Combine(root, Manifest.FileName);
        var json = File.ReadAllText(manifest).ReplaceLineEndings("\n").TrimEnd();
        File.WriteAllText(manifest, json[..json.LastIndexOf("\n  ]", StringComparison.Ordinal)] + ",\n" + Entry(id, name) + "\n  ]\n}\n");
        var previous = course[^1];
        File.AppendAllText(Path.Combine(root, previous.Lesson("en")), $"\nThe next exercise is {id[..2]}; its lesson is `docs/en/{id}.md`.\n");
        File.AppendAllText(Path.Combine(root, previous.Lesson("ko")), $"\n다음 연습은 {id[..2]}이고, 레슨은 `docs/ko/{id}.md`입니다.\n");
        Readme.Write(root, Edition.Table(Manifest.Parse(File.ReadAllText(manifest))));
    }

    /// <summary>README's exercise table, written from exercises.json (a spec keeps it so).</summary>
    public static readonly GeneratedPart Readme = new("README.md", "<!-- exercises: generated from exercises.json by the scaffold -->", "<!-- exercises: end -->");

    /// <summary>
    /// Builds the learner build at <paramref name="root"/> and runs the new exercise's specs with the manifest's: every
    /// spec of the exercise fails on its stub, and no manifest check fails. Returns what is wrong, or nothing.
    /// </summary>
    public static IReadOnlyList<string> Check(string root, string id)
    {
        Workspace.Build(root, Workspace.Specs);
        var results = Directory.CreateTempSubdirectory("kata-scaffold-");
        try
        {
            // No progress summary: it speaks to a learner, and would count the manifest checks skipped in this build as failing.
            var settings = Path.Combine(results.FullName, "scaffold.runsettings");
            File.WriteAllText(settings, "<RunSettings />");
            Workspace.Run("dotnet", root, "test", "Kata.Tests", "--no-build", "--filter", $"TestCategory={id}|FullyQualifiedName~Kata.Tests.Course.ManifestSpecs",
                "--settings", settings, "--logger", "trx;LogFileName=scaffold.trx", "--results-directory", results.FullName);
            var trx = Path.Combine(results.FullName, "scaffold.trx");
            var outcomes = File.Exists(trx) ? Outcomes(File.ReadAllText(trx)) : [];
            var specs = Manifest.Parse(File.ReadAllText(Path.Combine(root, Manifest.FileName))).Single(exercise => exercise.Id == id).Specs.Keys;
            return
            [
                .. outcomes.Count == 0 ? ["dotnet test wrote no results"] : Array.Empty<string>(),
                .. specs.Where(spec => !outcomes.Any(outcome => outcome.Name == spec && outcome.Outcome == "Failed")).Select(spec => $"{spec} does not fail on the stub"),
                .. outcomes.Where(outcome => !specs.Contains(outcome.Name) && outcome.Outcome == "Failed").Select(outcome => $"{outcome.Name} fails: {outcome.Message}"),
            ];
        }
        finally
        {
            results.Delete(recursive: true);
        }
    }

    private static List<(string Name, string Outcome, string Message)> Outcomes(string trx)
    {
        XNamespace ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
        return [.. XDocument.Parse(trx).Descendants(ns + "UnitTestResult").Select(result =>
            ((string?)result.Attribute("testName") ?? "", (string?)result.Attribute("outcome") ?? "", result.Descendants(ns + "Message").FirstOrDefault()?.Value.Trim() ?? ""))];
    }

    private static string Entry(string id, string name) => $$"""
            {
              "id": "{{id}}",
              "title": {
                "en": "TODO: the title",
                "ko": "TODO: 제목"
              },
              "hint": {
                "en": "TODO: a hint. {{name}}.RunProgram prints Done!.",
                "ko": "TODO: 힌트. {{name}}.RunProgram은 Done!을 출력합니다."
              },
              "sections": [
                "program"
              ],
              "specs": {
                "{{name}}_program_prints_Done": 1
              }
            }
        """;

    private static string Stub(string id, string name) => Code(id, name, "// TODO: print \"Done!\" with Output.Print.",
        $"throw new NotImplementedException(\"{name}.RunProgram is not written yet. Read docs/en/{id}.md (한국어: docs/ko/{id}.md).\");");

    private static string Reference(string id, string name) => Code(id, name, "// The whole program: one line.", "Output.Print(\"Done!\");");

    private static string Code(string id, string name, string comment, string body) => $$"""
        using Kata.Machinery;

        namespace Kata.Exercises;

        /// <summary>Exercise {{id[..2]}}: TODO: what the learner writes. Lesson: docs/en/{{id}}.md (한국어: docs/ko/{{id}}.md).</summary>
        public static class {{name}}
        {
            /// <summary>The program (<c>dotnet run --project Kata -- {{id}}</c>): prints <c>Done!</c>.</summary>
            public static void RunProgram()
            {
                {{comment}}
                {{body}}
            }
        }

        """;

    private static string Specs(string id, string name) => $$"""
        namespace Kata.Tests.Exercises;

        [Exercise("{{id}}")]
        public sealed class {{name}}Specs : ExerciseSpecs
        {
            [Test]
            public void {{name}}_program_prints_Done()
            {
                var seen = RunProgram();

                Expect(seen.Transcript, Prints.Exactly("Done!"), Because({{name}}Messages.ProgramPrintsDone, "program"));
            }
        }

        """;

    private const string English = "The program prints Done! and nothing else.";

    private const string Korean = "프로그램은 Done!만 출력합니다.";

    private static string Messages(string text) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <root>
          <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
          <resheader name="version"><value>2.0</value></resheader>
          <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
          <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
          <data name="ProgramPrintsDone" xml:space="preserve">
            <value>{text}</value>
          </data>
        </root>

        """;

    private static string LessonEn(string id) => $"""
        # {id[..2]}. TODO: the title

        TODO: what the exercise teaches. Your code goes in `Kata/Exercises/{id}/{Exercise.ClassName(id)}.cs`.

        ```text
        dotnet test --filter TestCategory={id}
        dotnet run --project Kata -- {id}
        ```

        <a id="program"></a>
        ## The program

        TODO: the program prints `Done!`.

        """;

    private static string LessonKo(string id) => $"""
        # {id[..2]}. TODO: 제목

        TODO: 이 연습에서 배우는 것. 코드는 `Kata/Exercises/{id}/{Exercise.ClassName(id)}.cs`에 씁니다.

        ```text
        dotnet test --filter TestCategory={id}
        dotnet run --project Kata -- {id}
        ```

        <a id="program"></a>
        ## 프로그램

        TODO: 프로그램은 `Done!`을 출력합니다.

        """;

    [GeneratedRegex("^([0-9]{2})-[a-z]+(-[a-z]+)*$")]
    private static partial Regex IdPattern();
}
