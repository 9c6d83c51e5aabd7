#!/usr/bin/env bash
# Interpreter speed, Enchufe's VM against CPython, in one run on this machine.
# Method: each program times its own workload with time.perf_counter() forty times in one
# process and prints the fastest round (so the JIT has settled — on two cores that takes ten to
# thirty rounds — and start-up is excluded on both sides). This script runs every program
# ROUNDS times (default 3) under each interpreter,
# alternating the two so that a noisy neighbour slows both alike, keeps each side's fastest
# process, and prints the two times and their ratio (below 1: Enchufe is faster).
# Needs target/enchufe.jar (./mvnw package -DskipTests) and python3.
set -euo pipefail
cd "$(dirname "$0")"
jar=../../target/enchufe.jar
java_bin=${JAVA_BIN:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -n 1)}
java_bin=${java_bin:-java}
rounds=${ROUNDS:-3}
printf "%-16s %10s %10s %8s\n" program enchufe_s cpython_s ratio
for program in *.py; do
  ours=999
  theirs=999
  for _ in $(seq "$rounds"); do
    ours=$(python3 -c "print(min($ours, $("$java_bin" -jar "$jar" run "$program")))")
    theirs=$(python3 -c "print(min($theirs, $(python3 "$program")))")
  done
  ratio=$(python3 -c "print(f'{$ours / $theirs:.2f}')")
  printf "%-16s %10s %10s %8s\n" "${program%.py}" "$ours" "$theirs" "$ratio"
done
