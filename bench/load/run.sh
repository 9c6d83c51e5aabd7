#!/usr/bin/env bash
# A class against a running Enchufe: starts the packaged app on port 18080 with a fresh data
# directory, as many sandboxes as students, and the per-address limits raised (every simulated
# student comes from 127.0.0.1, where a real class comes from many addresses or one NAT), runs
# LoadBench against it, then stops it.
# Usage: bench/load/run.sh STUDENTS MINUTES [extra LoadBench options]
# Needs target/enchufe.jar (./mvnw package -DskipTests). Output: the report, and load-<N>.csv here.
set -euo pipefail
cd "$(dirname "$0")"
students=${1:-100}
minutes=${2:-5}
shift 2 || true
java_bin=${JAVA_BIN:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -n 1)}
java_bin=${java_bin:-java}
jar=$(cd ../.. && pwd)/target/enchufe.jar
data=$(mktemp -d /tmp/enchufe-load.XXXXXX)
password=$(head -c 12 /dev/urandom | base64 | tr -d '/+=')
(cd "$data" && exec env PORT=18080 \
  ENCHUFE_SANDBOX_MAX_SANDBOXES=$((students + 50)) \
  ENCHUFE_WORKSPACE_CREATION_BURST=$((students * 2)) ENCHUFE_WORKSPACE_CREATION_PER_MINUTE=$((students * 2)) \
  ENCHUFE_WORKSPACE_CONNECTIONS_BURST=$((students * 2)) ENCHUFE_WORKSPACE_CONNECTIONS_PER_MINUTE=$((students * 20)) \
  ENCHUFE_METRICS_PASSWORD="$password" \
  "$java_bin" ${SERVER_JAVA_OPTS:--Xmx6g} -jar "$jar" > "$data/server.log" 2>&1) &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf http://127.0.0.1:18080/actuator/health/readiness >/dev/null && break; sleep 1; done
pid=$(pgrep -f -n -- "-jar $jar")
"$java_bin" LoadBench.java --url http://127.0.0.1:18080 --students "$students" --minutes "$minutes" \
  --pid "$pid" --metrics-auth "prometheus:$password" --csv "load-$students.csv" "$@"
echo "server log: $data/server.log"
