#!/usr/bin/env bash
# The kernel's speed, in one run on this machine: sandbox creation time, and a TCP ping-pong
# (10 000 one-byte round trips between two processes, fastest of five rounds) run by Enchufe's
# sandbox, by CPython on the real kernel, and written directly on Java NIO.
# Needs target/enchufe.jar and target/classes (./mvnw package -DskipTests) and python3.
set -euo pipefail
cd "$(dirname "$0")"
java_bin=${JAVA_BIN:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -n 1)}
java_bin=${java_bin:-java}
"$java_bin" -cp ../../target/classes SandboxBench.java | tee /tmp/enchufe-kernel-bench.txt
nio=$(awk '/nio_pingpong_s/ {print $2}' /tmp/enchufe-kernel-bench.txt)
ours=$("$java_bin" -jar ../../target/enchufe.jar run pingpong.py)
theirs=$(python3 pingpong.py)
printf "%-10s %10s %10s %10s %12s %12s\n" program enchufe_s cpython_s nio_s vs_cpython vs_nio
printf "%-10s %10s %10s %10s %12s %12s\n" pingpong "$ours" "$theirs" "$nio" \
  "$(python3 -c "print(f'{$ours / $theirs:.2f}')")" "$(python3 -c "print(f'{$ours / $nio:.2f}')")"
