#!/usr/bin/env bash
# The lesson checker's cost: ns per event replaying each shipped lesson's solution, and the
# event → tick latency with N sandboxes in lessons (default 500) for SECONDS (default 30).
# Usage: bench/lessons/run.sh [N] [SECONDS] [PERIOD] (each sandbox runs a program every PERIOD s)
# Needs target/classes and the runtime classpath (./mvnw -q compile dependency:build-classpath).
set -euo pipefail
cd "$(dirname "$0")"
java_bin=${JAVA_BIN:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -n 1)}
java_bin=${java_bin:-java}
cp_file=$(mktemp)
(cd ../.. && ./mvnw -q dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=runtime >/dev/null)
"$java_bin" ${BENCH_JAVA_OPTS:--Xmx3g} -cp "../../target/classes:$(cat "$cp_file")" LessonBench.java "${1:-500}" "${2:-30}" "${3:-1}"
rm -f "$cp_file"
