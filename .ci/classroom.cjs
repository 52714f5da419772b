// The classroom step's learner copies and its checks, from exercises.json and gradebook.json alone.
//   node .ci/classroom.cjs copies <edition> <folder>   writes the learner copies below and prints their paths
//   node .ci/classroom.cjs check <gradebook.json>      checks each copy's grade
// solved: the reference solutions, full marks. tampered: the first exercise solved and every other
// exercise's specs rewritten to pass: the first exercise's points only, the rewrite reported. shadowed: solved, plus an Assert of its own beside the exercises: not graded (it stands in for
// NUnit's). broken: the first exercise's file does not compile: not graded, with the compiler's error.
// (That the untouched stubs grade 0 follows from the learner build step: every exercise spec fails on them.)
const fs = require("fs");
const path = require("path");
const exercises = JSON.parse(fs.readFileSync("exercises.json", "utf8")).exercises;
const [first, ...rest] = exercises;
const [command, ...args] = process.argv.slice(2);
const copies = ["solved", "tampered", "shadowed", "broken"];

function copy(edition, learner, solve) {
  fs.cpSync(edition, learner, { recursive: true });
  for (const exercise of solve) {
    fs.cpSync(path.join("Kata/Reference", exercise.id), path.join(learner, "Kata/Exercises", exercise.id), { recursive: true });
  }
}

if (command === "copies") {
  const [edition, folder] = args;
  const at = (name) => path.join(folder, name);
  copy(edition, at("solved"), exercises);
  copy(edition, at("tampered"), [first]);
  for (const exercise of rest) {
    const specs = path.join(at("tampered"), "Kata.Tests/Exercises", exercise.id);
    for (const file of fs.readdirSync(specs).filter((name) => name.endsWith("Specs.cs"))) fs.rmSync(path.join(specs, file));
    const tests = Object.keys(exercise.specs).map((name) => `  [Test] public void ${name}() => Assert.Pass();`);
    fs.writeFileSync(path.join(specs, "TamperedSpecs.cs"),
      ["namespace Kata.Tests.Exercises;", `[TestFixture, Category("${exercise.id}")] public sealed class TamperedSpecs {`, ...tests, "}", ""].join("\n"));
  }
  copy(edition, at("shadowed"), exercises);
  fs.writeFileSync(path.join(at("shadowed"), "Kata/Exercises/Shadow.cs"), [
    "namespace Kata;",
    "public static class Assert",
    "{",
    "    public static void That(object? actual, object? constraint = null, string? message = null) { }",
    "    public static void That(System.Action code, object? constraint, string? message = null) { }",
    "    public static void That<T>(System.Func<T> code, object? constraint, string? message = null) { }",
    "    public static void Fail(string? message = null) { }",
    "    public static void Pass() { }",
    "    public static void Multiple(System.Action checks) { }",
    "}",
    ""].join("\n"));
  copy(edition, at("broken"), []);
  const stubs = path.join(at("broken"), "Kata/Exercises", first.id);
  const stub = path.join(stubs, fs.readdirSync(stubs).find((name) => name.endsWith(".cs")));
  fs.writeFileSync(stub, fs.readFileSync(stub, "utf8").replace("// TODO", "var total = 0 // TODO"));
  for (const name of copies) console.log(at(name));
} else if (command === "check") {
  const rows = Object.fromEntries(JSON.parse(fs.readFileSync(args[0], "utf8")).map((row) => [path.basename(row.learner), row]));
  const failures = [];
  const expect = (what, holds) => { if (!holds) failures.push(what); };
  const missing = copies.filter((name) => !rows[name]);
  expect(`a row for each copy (missing: ${missing.join(", ")})`, missing.length === 0);
  if (missing.length === 0) {
    const { solved, tampered, shadowed, broken } = rows;
    const points = (row, id) => row.exercises.find((exercise) => exercise.id === id).points;
    expect("the reference solutions to get full marks with nothing tampered",
      solved.points === solved.max && solved.max > 0 && solved.status === "graded" && solved.tampered.length === 0);
    expect(`the tampered copy to get ${first.id}'s points only: the rewritten specs of the others are ignored`,
      points(tampered, first.id) === points(solved, first.id) && tampered.points === points(solved, first.id));
    for (const exercise of rest) {
      expect(`the rewritten specs of ${exercise.id} to be reported`,
        tampered.tampered.some((file) => file.startsWith(`Kata.Tests/Exercises/${exercise.id}/`)));
    }
    expect("the shadowed copy to be refused: its Assert stands in for NUnit's",
      shadowed.points === 0 && shadowed.status === "stands in for the specs" && /Kata\.Assert\b/.test(shadowed.reason));
    expect("the broken copy to grade 0 with the compiler's first error, file and line",
      broken.points === 0 && broken.status === "did not build" && /Kata\/Exercises\/.+\.cs\(\d+,\d+\): error CS\d+/.test(broken.reason));
    console.log(`solved ${solved.points}/${solved.max}; ` +
      `tampered ${tampered.points}/${tampered.max} (rewritten specs ignored and reported); ` +
      `shadowed ${shadowed.points} (${shadowed.status}); broken ${broken.points} (${broken.reason.split("\n")[0]})`);
  }
  for (const failure of failures) console.log(`gradebook: expected ${failure}`);
  process.exit(failures.length === 0 ? 0 : 1);
} else {
  console.error("usage: node .ci/classroom.cjs copies <edition> <folder> | check <gradebook.json>");
  process.exit(2);
}
