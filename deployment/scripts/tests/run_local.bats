#!/usr/bin/env bats
# The one-command local platform: usage, refusing a second run, and a real start and Ctrl-C.

setup() {
    ROOT="$(cd "$BATS_TEST_DIRNAME/../../.." && pwd)"
    SCRIPT="$ROOT/deployment/scripts/run-local.sh"
    export LOCAL_STATE_DIR="$BATS_TEST_TMPDIR/state"
}

teardown() {
    if [[ -n "${platform_pid:-}" ]] && kill -0 "$platform_pid" 2>/dev/null; then
        kill -INT "$platform_pid" 2>/dev/null || true
        sleep 5
    fi
    if [[ -n "${sleeper_pid:-}" ]]; then
        kill "$sleeper_pid" 2>/dev/null || true
    fi
}

port_open() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# A bare `! command` never fails a bats test (errexit ignores negation), so negative checks go through this.
refute() {
    if "$@"; then
        echo "expected to fail: $*"
        return 1
    fi
}

free_port() {
    local port
    for port in $(seq 25432 25532); do
        port_open "$port" || { echo "$port"; return; }
    done
}

@test "help describes the command and exits 0" {
    run "$SCRIPT" --help
    [ "$status" -eq 0 ]
    [[ "$output" == *"Usage: deployment/scripts/run-local.sh"* ]]
    [[ "$output" == *"DB_URL"* ]]
}

@test "an unknown flag prints usage and exits 2" {
    run "$SCRIPT" --bogus
    [ "$status" -eq 2 ]
    [[ "$output" == *"Usage:"* ]]
}

@test "a second run while one is up says so and changes nothing" {
    mkdir -p "$LOCAL_STATE_DIR"
    sleep 60 &
    sleeper_pid=$!
    echo "$sleeper_pid" >"$LOCAL_STATE_DIR/run-local.pid"

    run "$SCRIPT"

    [ "$status" -eq 1 ]
    [[ "$output" == *"already running (pid $sleeper_pid)"* ]]
    [ "$(cat "$LOCAL_STATE_DIR/run-local.pid")" = "$sleeper_pid" ]
}

@test "starts all three services healthy and Ctrl-C leaves no process behind" {
    for jar in data-service trading-service dashboard-service; do
        [[ -f "$ROOT/$jar/target/$jar.jar" ]] || skip "jars not built (run ./mvnw -DskipTests package)"
    done
    for port in 8080 8081 8082; do
        port_open "$port" && skip "port $port is busy on this machine"
    done
    export LOCAL_DB_PORT
    LOCAL_DB_PORT=$(free_port)

    # Background jobs start with SIGINT ignored; restore it so this is the same Ctrl-C a terminal sends.
    env --default-signal=INT "$SCRIPT" >"$BATS_TEST_TMPDIR/out.log" 2>&1 &
    platform_pid=$!
    for _ in $(seq 1 180); do
        grep -q "is running locally" "$BATS_TEST_TMPDIR/out.log" && break
        kill -0 "$platform_pid" 2>/dev/null || break
        sleep 1
    done
    cat "$BATS_TEST_TMPDIR/out.log"
    grep -q "is running locally" "$BATS_TEST_TMPDIR/out.log"
    for port in 8080 8081 8082; do
        curl -fsS "http://localhost:$port/actuator/health" | grep -q '"status":"UP"'
    done

    kill -INT "$platform_pid"
    for _ in $(seq 1 60); do
        kill -0 "$platform_pid" 2>/dev/null || break
        sleep 1
    done

    refute kill -0 "$platform_pid" 2>/dev/null
    refute pgrep -f "$LOCAL_STATE_DIR"
    for port in 8080 8081 8082 "$LOCAL_DB_PORT"; do
        refute port_open "$port"
    done
    [ ! -f "$LOCAL_STATE_DIR/run-local.pid" ]
    grep -q "Stopped" "$BATS_TEST_TMPDIR/out.log"
}
