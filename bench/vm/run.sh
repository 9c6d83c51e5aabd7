#!/usr/bin/env bash
# Interpreter speed, Enchufe's VM against CPython, in one run on this machine.
# Method: each program times its own workload with time.perf_counter() fifteen times in one
# process and prints the fastest round (so the JVM is warm and start-up is excluded on both
# sides); this script runs every program under both and prints the two times and their ratio.
# Needs target/enchufe.jar (./mvnw package -DskipTests) and python3.
set -euo pipefail
cd "$(dirname "$0")"
jar=../../target/enchufe.jar
java_bin=${JAVA_BIN:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -n 1)}
java_bin=${java_bin:-java}
printf "%-16s %10s %10s %8s\n" program enchufe_s cpython_s ratio
for program in *.py; do
  ours=$("$java_bin" -jar "$jar" run "$program")
  theirs=$(python3 "$program")
  ratio=$(python3 -c "print(f'{$ours / $theirs:.2f}')")
  printf "%-16s %10s %10s %8s\n" "${program%.py}" "$ours" "$theirs" "$ratio"
done
