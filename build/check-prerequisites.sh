#!/usr/bin/env bash
# Runs first in every Maven build. Says exactly what to install when the build cannot work:
# a JDK 21 or newer (found by maven-toolchains-plugin in the usual places) and Node.js 20+ with npm.
set -u

jdk_version() {  # prints the feature version of the JDK at $1, or nothing
  local release="$1/release"
  [ -x "$1/bin/javac" ] && [ -f "$release" ] || return 0
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release"
}

found_jdk=""
for home in "${JAVA_HOME:-}" /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.jdks/* \
            "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
  [ -n "$home" ] && [ -d "$home" ] || continue
  v=$(jdk_version "$home")
  if [ -n "$v" ] && [ "$v" -ge 21 ]; then found_jdk="$home"; break; fi
done

if [ -z "$found_jdk" ]; then
  cat >&2 <<'MSG'
[enchufe] No JDK 21 or newer was found (looked at JAVA_HOME, /usr/lib/jvm, ~/.jdks, SDKMAN).
[enchufe] Maven may run on any JDK 17+, but Enchufe compiles and runs on JDK 21+. Install one, e.g.
[enchufe]   Debian/Ubuntu:  sudo apt install openjdk-21-jdk      (or Temurin 25 from adoptium.net)
[enchufe]   macOS:          brew install openjdk@21
[enchufe] then run the command again; no configuration is needed.
MSG
fi

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  cat >&2 <<'MSG'
[enchufe] Node.js 20+ and npm are needed to build the browser code (frontend/).
[enchufe]   Debian/Ubuntu:  sudo apt install nodejs npm     (or Node 20 LTS from nodejs.org)
MSG
  exit 1
fi
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
  echo "[enchufe] Node.js $(node -v) is too old: install Node.js 20 or newer." >&2
  exit 1
fi
exit 0
