// The classroom step's term of grading, from exercises.json and the gradebook's own files alone.
//   node .ci/classroom.cjs copies <edition> <folder>   commits the edition (the trusted template), makes the learner
//                                                      copies below <folder> as git repositories with dated commits,
//                                                      writes <folder>/learners.txt and <folder>/expected.json
//   node .ci/classroom.cjs fix <folder>                dave pushes his fix within his late days, after the first run
//   node .ci/classroom.cjs check <folder> <gradebook> [regraded]
//                                                      checks gradebook.csv column by column, and the JSON's reasons
// The class deadline is 2026-12-01T23:59:00+09:00, graded with --late-days 2:
//   alice  section A, extension to 12-03: the reference solutions, committed 12-02 inside her extension: full marks, not late.
//   bob    section B: the first exercise solved and every other exercise's specs rewritten to pass, committed before the
//          deadline: the first exercise's points only, the rewrite reported. A commit after his late days is not graded.
//   carol  section A, extension to 12-02: solved plus an Assert of its own beside the exercises: not graded (it stands in
//          for NUnit's), not late.
//   dave   section B, the late learner: the first exercise's file does not compile, committed 26.5 hours after the
//          deadline: 0 with the compiler's error, late 26:30:00. He fixes it (12-03 20:00, within his late days) and
//          is regraded: the first exercise's points, late 44:01:00, in place of his first row.
//   attack-*  section attacks: the grading attacks of Kata.Tests/Mistakes/Attacks/, one learner copy per folder, each row
//          checked against attacks.json (status, the uses named in the reason, the points of each exercise).
//   node .ci/classroom.cjs contained <edition> <gradebook>   after grading: the template unchanged, no process of an attack
//                                                      alive, nothing written into the gradebook's folder
// (That the untouched stubs grade 0 follows from the learner build step: every exercise spec fails on them.)
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");
const exercises = JSON.parse(fs.readFileSync("exercises.json", "utf8")).exercises;
const [first, ...rest] = exercises;
const [command, ...args] = process.argv.slice(2);
const deadline = "2026-12-01T23:59:00+09:00";
const columns = ["student", "section", "commit", "commit time", "deadline", "late", "template commit", "status", "reason",
  ...exercises.map((exercise) => exercise.id), "total", "max", "tampered"];
const full = (exercise) => Object.values(exercise.specs).reduce((sum, points) => sum + points, 0);
const max = exercises.reduce((sum, exercise) => sum + full(exercise), 0);
const attacksFolder = "Kata.Tests/Mistakes/Attacks";
const attacks = JSON.parse(fs.readFileSync(path.join(attacksFolder, "attacks.json"), "utf8")).copies;

function git(folder, date, ...args) {
  const env = date ? { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : process.env;
  return execFileSync("git", ["-c", "user.name=Learner", "-c", "user.email=learner@example.com", "-c", "commit.gpgsign=false", ...args],
    { cwd: folder, env, encoding: "utf8" }).trim();
}

function commit(folder, date, message) {
  git(folder, null, "add", "-A");
  git(folder, date, "commit", "--quiet", "--allow-empty", "-m", message);
  return git(folder, null, "rev-parse", "HEAD");
}

function solve(learner, solved) {
  for (const exercise of solved) {
    fs.cpSync(path.join("Kata/Reference", exercise.id), path.join(learner, "Kata/Exercises", exercise.id), { recursive: true });
  }
}

// A learner's repository starts as the template's files, committed as handed out.
function handOut(edition, learner) {
  fs.cpSync(edition, learner, { recursive: true, filter: (source) => path.basename(source) !== ".git" });
  git(learner, null, "init", "--quiet");
  return commit(learner, "2026-11-24T09:00:00+09:00", "handed out");
}

function tamper(learner) {
  solve(learner, [first]);
  for (const exercise of rest) {
    const specs = path.join(learner, "Kata.Tests/Exercises", exercise.id);
    for (const file of fs.readdirSync(specs).filter((name) => name.endsWith("Specs.cs"))) fs.rmSync(path.join(specs, file));
    const tests = Object.keys(exercise.specs).map((name) => `  [Test] public void ${name}() => Assert.Pass();`);
    fs.writeFileSync(path.join(specs, "TamperedSpecs.cs"),
      ["namespace Kata.Tests.Exercises;", `[TestFixture, Category("${exercise.id}")] public sealed class TamperedSpecs {`, ...tests, "}", ""].join("\n"));
  }
}

function shadow(learner) {
  solve(learner, exercises);
  fs.writeFileSync(path.join(learner, "Kata/Exercises/Shadow.cs"), [
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
}

function breakFirst(learner) {
  const stubs = path.join(learner, "Kata/Exercises", first.id);
  const stub = path.join(stubs, fs.readdirSync(stubs).find((name) => name.endsWith(".cs")));
  fs.writeFileSync(stub, fs.readFileSync(stub, "utf8").replace("// TODO", "var total = 0 // TODO"));
}

// A CSV of the gradebook's own quoting: fields in double quotes may hold commas, quotes (doubled) and line breaks.
function csv(text) {
  const rows = [[]];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { rows[rows.length - 1].push(field); field = ""; }
    else if (c === "\n") { rows[rows.length - 1].push(field); field = ""; rows.push([]); }
    else if (c !== "\r") field += c;
  }
  if (field !== "" || rows[rows.length - 1].length > 0) rows[rows.length - 1].push(field);
  return rows.filter((row) => row.length > 1);
}

if (command === "copies") {
  const [edition, folder] = args;
  git(edition, null, "init", "--quiet");
  const template = commit(edition, "2026-11-20T09:00:00+09:00", "the learner edition");
  const at = (name) => path.join(folder, name);
  const expected = { template, students: {} };

  handOut(edition, at("alice"));
  solve(at("alice"), exercises);
  expected.students.alice = { commit: commit(at("alice"), "2026-12-02T20:00:00+09:00", "solved, in my extension"),
    time: "2026-12-02T20:00:00+09:00", deadline: "2026-12-03T23:59:00+09:00", late: "0:00:00" };

  handOut(edition, at("bob"));
  tamper(at("bob"));
  expected.students.bob = { commit: commit(at("bob"), "2026-12-01T22:00:00+09:00", "all green"), time: "2026-12-01T22:00:00+09:00", deadline, late: "0:00:00" };
  fs.appendFileSync(path.join(at("bob"), "README.md"), "\nafter the late days\n");
  commit(at("bob"), "2026-12-06T12:00:00+09:00", "too late for any grade");

  handOut(edition, at("carol"));
  shadow(at("carol"));
  expected.students.carol = { commit: commit(at("carol"), "2026-12-02T12:00:00+09:00", "solved, with help"),
    time: "2026-12-02T12:00:00+09:00", deadline: "2026-12-02T23:59:00+09:00", late: "0:00:00" };

  handOut(edition, at("dave"));
  breakFirst(at("dave"));
  expected.students.dave = { commit: commit(at("dave"), "2026-12-03T02:29:00+09:00", "late and broken"), time: "2026-12-03T02:29:00+09:00", deadline, late: "26:30:00" };

  for (const name of Object.keys(attacks)) {
    handOut(edition, at(`attack-${name}`));
    fs.cpSync(path.join(attacksFolder, name), path.join(at(`attack-${name}`), "Kata/Exercises"), { recursive: true });
    expected.students[`attack-${name}`] = { commit: commit(at(`attack-${name}`), "2026-12-01T12:00:00+09:00", name),
      time: "2026-12-01T12:00:00+09:00", deadline, late: "0:00:00" };
  }

  fs.writeFileSync(path.join(folder, "learners.txt"), [
    "# The class of the CI step: the deadline is --deadline; alice and carol have extensions.",
    `${at("alice")} student=alice section=A deadline=2026-12-03T23:59:00+09:00`,
    `${at("bob")} student=bob section=B`,
    `${at("carol")} student=carol section=A deadline=2026-12-02T23:59:00+09:00`,
    `${at("dave")} student=dave section=B`,
    ...Object.keys(attacks).map((name) => `${at(`attack-${name}`)} student=attack-${name} section=attacks`),
    ""].join("\n"));
  fs.writeFileSync(path.join(folder, "expected.json"), JSON.stringify(expected, null, 2));
  console.log(template);
} else if (command === "fix") {
  const [folder] = args;
  const dave = path.join(folder, "dave");
  solve(dave, [first]);
  const file = path.join(folder, "expected.json");
  const expected = JSON.parse(fs.readFileSync(file, "utf8"));
  expected.regraded = { commit: commit(dave, "2026-12-03T20:00:00+09:00", "fixed, within my late days"), time: "2026-12-03T20:00:00+09:00", deadline, late: "44:01:00" };
  fs.writeFileSync(file, JSON.stringify(expected, null, 2));
} else if (command === "check") {
  const [folder, gradebook, regraded] = args;
  const expected = JSON.parse(fs.readFileSync(path.join(folder, "expected.json"), "utf8"));
  const [header, ...rows] = csv(fs.readFileSync(path.join(gradebook, "gradebook.csv"), "utf8"));
  const json = Object.fromEntries(JSON.parse(fs.readFileSync(path.join(gradebook, "gradebook.json"), "utf8")).map((row) => [row.student, row]));
  const failures = [];
  const expect = (what, holds) => { if (!holds) failures.push(what); };
  expect(`the columns ${columns.join(",")}, not ${header.join(",")}`, header.join(",") === columns.join(","));
  const dave = regraded ? expected.regraded : expected.students.dave;
  const points = (solved) => exercises.map((exercise) => (solved.includes(exercise) ? full(exercise) : 0));
  const wanted = {
    alice: { section: "A", ...expected.students.alice, status: "graded", reason: /^$/, points: points(exercises), tampered: /^$/ },
    bob: { section: "B", ...expected.students.bob, status: "graded", reason: /^$/, points: points([first]),
      tampered: new RegExp(rest.map((exercise) => `(?=.*Kata\\.Tests/Exercises/${exercise.id}/)`).join("")) },
    carol: { section: "A", ...expected.students.carol, status: "stands in for the specs", reason: /Kata\.Assert\b/, points: points([]), tampered: /^$/ },
    dave: regraded
      ? { section: "B", ...dave, status: "graded", reason: /^$/, points: points([first]), tampered: /^$/ }
      : { section: "B", ...dave, status: "did not build", reason: /Kata\/Exercises\/.+\.cs\(\d+,\d+\): error CS\d+/, points: points([]), tampered: /^$/ },
  };
  for (const [name, attack] of Object.entries(attacks)) {
    const escaped = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    wanted[`attack-${name}`] = { section: "attacks", ...expected.students[`attack-${name}`], status: attack.status,
      reason: new RegExp(attack.reason.length === 0 ? "^$" : attack.reason.map((use) => `(?=.*${escaped(use)})`).join("")),
      points: exercises.map((exercise) => attack.points[exercise.id]), tampered: /^$/ };
  }
  for (const student of Object.keys(wanted).sort()) { const row = wanted[student]; delete wanted[student]; wanted[student] = row; }
  expect(`one row per student in student order (${rows.map((row) => row[0]).join(", ")})`, rows.map((row) => row[0]).join() === Object.keys(wanted).join());
  for (const row of rows.filter((row) => wanted[row[0]])) {
    const cell = Object.fromEntries(header.map((name, index) => [name, row[index]]));
    const want = wanted[row[0]];
    const column = (name, value) => expect(`${row[0]}'s ${name} to be ${value}, not "${cell[name]}"`,
      value instanceof RegExp ? value.test(cell[name]) : cell[name] === String(value));
    column("section", want.section);
    column("commit", want.commit);
    column("commit time", want.time);
    column("deadline", want.deadline);
    column("late", want.late);
    column("template commit", expected.template);
    column("status", want.status);
    column("reason", want.reason);
    exercises.forEach((exercise, index) => column(exercise.id, want.points[index]));
    column("total", want.points.reduce((sum, value) => sum + value, 0));
    column("max", max);
    column("tampered", want.tampered);
  }
  // The reason in full is in the JSON: the compiler's error with its file and line, the binding named.
  expect("dave's reason in the JSON to name the file and line of the compiler's error",
    regraded || /Kata\/Exercises\/.+\.cs\(\d+,\d+\): error CS\d+/.test(json.dave?.reason ?? ""));
  for (const failure of failures) console.log(`gradebook: expected ${failure}`);
  if (failures.length === 0) {
    console.log(`${gradebook}/gradebook.csv: ${rows.length} rows, ${columns.length} columns as expected` +
      (regraded ? " (dave regraded in place of his first row)" : ""));
  }
  process.exit(failures.length === 0 ? 0 : 1);
} else if (command === "contained") {
  // What learner code could have left behind: a change to the template, a process still running, a file in the gradebook.
  const [edition, gradebook] = args;
  const failures = [];
  const changed = git(edition, null, "status", "--porcelain");
  if (changed) failures.push(`the template was changed during grading:\n${changed}`);
  const alive = execFileSync("ps", ["-eo", "pid,args"], { encoding: "utf8" }).split("\n").filter((line) => line.includes("kata-attack-left-behind"));
  if (alive.length > 0) failures.push(`a process an attack started outlived its run:\n${alive.join("\n")}`);
  if (fs.existsSync(path.join(gradebook, "LEFT-BEHIND"))) failures.push(`a process an attack started wrote into ${gradebook}`);
  for (const failure of failures) console.log(`contained: ${failure}`);
  if (failures.length === 0) console.log(`contained: the template unchanged, no attack's process alive, nothing written into ${gradebook}`);
  process.exit(failures.length === 0 ? 0 : 1);
} else {
  console.error("usage: node .ci/classroom.cjs copies <edition> <folder> | fix <folder> | check <folder> <gradebook> [regraded] | contained <edition> <gradebook>");
  process.exit(2);
}
