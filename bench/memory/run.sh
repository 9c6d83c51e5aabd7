#!/usr/bin/env bash
# How honest the VM's memory accounting is, shape by shape (MemoryBench.java prints a table).
# Needs target/classes (./mvnw compile). Arguments pick shapes by a part of their names.
set -euo pipefail
cd "$(dirname "$0")/../.."
java_bin=${JAVA_BIN:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -n 1)}
java_bin=${java_bin:-java}
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime >/dev/null
"$java_bin" -Xmx3g -cp "target/classes:$(cat target/bench-classpath.txt)" bench/memory/MemoryBench.java "$@"
