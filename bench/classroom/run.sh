#!/usr/bin/env bash
# The live dashboard with one class of STUDENTS (default 300) busy students for SECONDS (default 60):
# update rate and size, verdict → dashboard latency, CPU. The whole application runs in-process.
# Usage: bench/classroom/run.sh [STUDENTS] [SECONDS]
# Needs target/classes (./mvnw -q compile) and the runtime classpath (fetched here).
set -euo pipefail
cd "$(dirname "$0")"
java_bin=${JAVA_BIN:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -n 1)}
java_bin=${java_bin:-java}
cp_file=$(mktemp)
(cd ../.. && ./mvnw -q dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=runtime >/dev/null)
"$java_bin" ${BENCH_JAVA_OPTS:--Xmx2g} --add-exports java.base/jdk.internal.vm=ALL-UNNAMED \
  -cp "../../target/classes:$(cat "$cp_file")" ClassroomBench.java "${1:-300}" "${2:-60}"
rm -f "$cp_file"
