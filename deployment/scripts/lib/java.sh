# shellcheck shell=bash
# Finds a JDK 25 or newer and exports JAVA_HOME to it. Sourced by run-local.sh and .ci/run.

java_major_version() {
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}

select_jdk() {
    local candidate
    for candidate in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" /usr/lib/jvm/*; do
        if [[ -n "$candidate" && -x "$candidate/bin/java" && -x "$candidate/bin/javac" ]] \
            && (( $(java_major_version "$candidate/bin/java" || echo 0) >= 25 )); then
            export JAVA_HOME="$candidate"
            export PATH="$JAVA_HOME/bin:$PATH"
            return 0
        fi
    done
    echo "A JDK 25 or newer is needed and none was found (JAVA_HOME, java on PATH, /usr/lib/jvm/*)." >&2
    echo "Install one (e.g. Eclipse Temurin 25) and run again with JAVA_HOME pointing at it." >&2
    return 1
}
