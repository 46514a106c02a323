#!/usr/bin/env bats
# The one-command local platform: usage, what it refuses, what it hands each service (against a copy of the script
# in a fake repository whose java is a stub), refusing a second run, and a real start and Ctrl-C.

load test_helper

setup() {
    ROOT="$(cd "$BATS_TEST_DIRNAME/../../.." && pwd)"
    SCRIPT="$ROOT/deployment/scripts/run-local.sh"
    export LOCAL_STATE_DIR="$BATS_TEST_TMPDIR/state"
    unset SERVER_PORT PAPER_TRADING ENVIRONMENT SERVICE_TOKEN TRADING_SERVICE_URL DATA_SERVICE_URL SERVER_ADDRESS \
        DASHBOARD_PORT TRADING_SERVICE_PORT DATA_SERVICE_PORT LOCAL_DB_PORT DB_URL
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

# Exports DASHBOARD_PORT, TRADING_SERVICE_PORT, DATA_SERVICE_PORT and LOCAL_DB_PORT as four free ports.
use_free_ports() {
    local port free=()
    for port in $(seq 25432 25632); do
        port_open "$port" || free+=("$port")
        ((${#free[@]} < 4)) || break
    done
    export DASHBOARD_PORT=${free[0]} TRADING_SERVICE_PORT=${free[1]} DATA_SERVICE_PORT=${free[2]} LOCAL_DB_PORT=${free[3]}
}

# A copy of the script in a repository whose jars are small files and whose JDK is stubs/java; curl answers UP.
fake_repository() {
    REPO="$BATS_TEST_TMPDIR/repo"
    mkdir -p "$REPO/deployment/scripts/lib" "$BATS_TEST_TMPDIR/jdk/bin"
    cp "$SCRIPT" "$REPO/deployment/scripts/"
    cp "$ROOT/deployment/scripts/lib/java.sh" "$REPO/deployment/scripts/lib/"
    for jar in data-service/target/data-service.jar trading-service/target/trading-service.jar \
        dashboard-service/target/dashboard-service.jar deployment/postgres-support/target/postgres-support-exec.jar; do
        mkdir -p "$REPO/$(dirname "$jar")"
        echo "built $jar" >"$REPO/$jar"
    done
    ln -s "$BATS_TEST_DIRNAME/stubs/java" "$BATS_TEST_TMPDIR/jdk/bin/java"
    ln -s "$BATS_TEST_DIRNAME/stubs/java" "$BATS_TEST_TMPDIR/jdk/bin/javac"
    export JAVA_HOME="$BATS_TEST_TMPDIR/jdk" RUN_LOCAL_CALLS="$BATS_TEST_TMPDIR/java-calls.log"
    setup_stubs
}

# Starts a run-local.sh in the background as a terminal would (SIGINT restored) and waits for its banner.
start_platform() {
    env --default-signal=INT "$1" >"$BATS_TEST_TMPDIR/out.log" 2>&1 &
    platform_pid=$!
    for _ in $(seq 1 "${2:-30}"); do
        grep -q "is running locally" "$BATS_TEST_TMPDIR/out.log" && break
        kill -0 "$platform_pid" 2>/dev/null || break
        sleep 1
    done
    cat "$BATS_TEST_TMPDIR/out.log"
    grep -q "is running locally" "$BATS_TEST_TMPDIR/out.log"
}

stop_platform() {
    kill -INT "$platform_pid"
    for _ in $(seq 1 60); do
        kill -0 "$platform_pid" 2>/dev/null || break
        sleep 0.2
    done
    refute kill -0 "$platform_pid" 2>/dev/null
    grep -q "Stopped" "$BATS_TEST_TMPDIR/out.log"
}

@test "help describes the command, the ports and the variables it sets itself, and exits 0" {
    run "$SCRIPT" --help
    [ "$status" -eq 0 ]
    [[ "$output" == *"Usage: deployment/scripts/run-local.sh"* ]]
    for variable in DB_URL DASHBOARD_PORT TRADING_SERVICE_PORT DATA_SERVICE_PORT SERVICE_TOKEN ENVIRONMENT=local \
        PAPER_TRADING=true SERVER_PORT TRADING_SERVICE_URL DATA_SERVICE_URL .local/jars; do
        [[ "$output" == *"$variable"* ]] || { echo "--help does not mention $variable"; return 1; }
    done
}

@test "an unknown flag prints usage and exits 2" {
    run "$SCRIPT" --bogus
    [ "$status" -eq 2 ]
    [[ "$output" == *"Usage:"* ]]
}

@test "an exported live or deployed setting is refused before anything starts" {
    PAPER_TRADING=false run "$SCRIPT"
    [ "$status" -eq 2 ]
    [[ "$output" == *"PAPER_TRADING=false is exported, but the local platform always trades on paper"* ]]

    ENVIRONMENT=dev run "$SCRIPT"
    [ "$status" -eq 2 ]
    [[ "$output" == *"ENVIRONMENT=dev is exported, but the local platform always runs as ENVIRONMENT=local"* ]]
    [ ! -e "$LOCAL_STATE_DIR" ]
}

@test "a port that is not a number, or one port for two services, is refused" {
    DATA_SERVICE_PORT=80a run "$SCRIPT"
    [ "$status" -eq 2 ]
    [[ "$output" == *'DATA_SERVICE_PORT must be a port number from 1 to 65535, got "80a"'* ]]

    DASHBOARD_PORT=8082 run "$SCRIPT"
    [ "$status" -eq 2 ]
    [[ "$output" == *"DASHBOARD_PORT and DATA_SERVICE_PORT are both 8082; each needs its own port"* ]]
}

@test "each service runs from a fresh copy of its jar, on its own port, with the variables the script says it sets" {
    fake_repository
    use_free_ports
    mkdir -p "$LOCAL_STATE_DIR/jars"
    echo "left by an older run" >"$LOCAL_STATE_DIR/jars/data-service.jar"
    export SERVER_PORT=9999 SERVICE_TOKEN=exported-token-of-the-developer-0123456789 \
        TRADING_SERVICE_URL=http://elsewhere:1 PAPER_TRADING=true

    start_platform "$REPO/deployment/scripts/run-local.sh"

    grep -q "WARNING: SERVER_PORT=9999 is ignored: each service gets its own port" "$BATS_TEST_TMPDIR/out.log"
    grep -q "WARNING: TRADING_SERVICE_URL=http://elsewhere:1 is replaced by http://localhost:$TRADING_SERVICE_PORT" \
        "$BATS_TEST_TMPDIR/out.log"
    grep -q "Dashboard      http://localhost:$DASHBOARD_PORT" "$BATS_TEST_TMPDIR/out.log"
    grep -q "it listens on 127.0.0.1, this machine only" "$BATS_TEST_TMPDIR/out.log"
    refute grep -q "$SERVICE_TOKEN" "$BATS_TEST_TMPDIR/out.log"
    cat "$RUN_LOCAL_CALLS"
    [ "$(wc -l <"$RUN_LOCAL_CALLS")" -eq 3 ]
    local urls="TRADING_SERVICE_URL=http://localhost:$TRADING_SERVICE_PORT DATA_SERVICE_URL=http://localhost:$DATA_SERVICE_PORT"
    local name port
    for service in "data-service $DATA_SERVICE_PORT" "trading-service $TRADING_SERVICE_PORT" "dashboard-service $DASHBOARD_PORT"; do
        read -r name port <<<"$service"
        grep -qxF "jar=$LOCAL_STATE_DIR/jars/$name.jar args=serve SERVER_PORT=$port ENVIRONMENT=local PAPER_TRADING=true $urls SERVICE_TOKEN=$SERVICE_TOKEN" \
            "$RUN_LOCAL_CALLS" || { echo "$name was not started as expected"; return 1; }
        cmp "$REPO/$name/target/$name.jar" "$LOCAL_STATE_DIR/jars/$name.jar"
    done
    cmp "$REPO/deployment/postgres-support/target/postgres-support-exec.jar" "$LOCAL_STATE_DIR/jars/postgres-support-exec.jar"

    # a build while it runs writes target/, which no service runs from
    echo "rebuilt" >"$REPO/data-service/target/data-service.jar"
    grep -qx "built data-service/target/data-service.jar" "$LOCAL_STATE_DIR/jars/data-service.jar"

    stop_platform
}

@test "the first admin's password is made once, kept readable by its owner only, and printed with the dashboard URL" {
    fake_repository
    use_free_ports

    start_platform "$REPO/deployment/scripts/run-local.sh"
    stop_platform

    local password
    password=$(cat "$LOCAL_STATE_DIR/admin-password")
    [[ "$password" =~ ^[0-9a-f]{24}$ ]]
    [ "$(stat -c %a "$LOCAL_STATE_DIR/admin-password")" = "600" ]
    grep -qF "Log in         user admin, password $password (kept in $LOCAL_STATE_DIR/admin-password" "$BATS_TEST_TMPDIR/out.log"

    start_platform "$REPO/deployment/scripts/run-local.sh"
    stop_platform
    [ "$(cat "$LOCAL_STATE_DIR/admin-password")" = "$password" ]

    DASHBOARD_ADMIN_PASSWORD=exported-admin-password start_platform "$REPO/deployment/scripts/run-local.sh"
    grep -qF "user admin, password exported-admin-password (as exported" "$BATS_TEST_TMPDIR/out.log"
    stop_platform
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

@test "starts all three services healthy, listening on loopback only, and Ctrl-C stops everything in seconds, open streams included" {
    for jar in data-service trading-service dashboard-service; do
        [[ -f "$ROOT/$jar/target/$jar.jar" ]] || skip "jars not built (run ./mvnw -DskipTests package)"
    done
    use_free_ports

    start_platform "$SCRIPT" 180
    for port in "$DASHBOARD_PORT" "$TRADING_SERVICE_PORT" "$DATA_SERVICE_PORT"; do
        curl -fsS "http://localhost:$port/actuator/health" | grep -q '"status":"UP"'
        # What the kernel says each service listens on: loopback only, never every interface.
        local addresses
        addresses=$(ss -Hltn "( sport = :$port )" | awk '{print $4}')
        echo "port $port listens on: $addresses"
        [[ -n "$addresses" ]]
        refute grep -qv -e '^127\.0\.0\.1:' -e '^\[::ffff:127\.0\.0\.1\]:' <<<"$addresses"
    done
    curl -sN "http://localhost:$DATA_SERVICE_PORT/api/v1/stream/ticks?symbols=NSE:RELIANCE-EQ" >"$BATS_TEST_TMPDIR/sse.log" &
    local stream_pid=$!
    for _ in $(seq 1 50); do
        grep -q '^:connected' "$BATS_TEST_TMPDIR/sse.log" && break
        sleep 0.2
    done
    grep -q '^:connected' "$BATS_TEST_TMPDIR/sse.log"

    local stopping=$SECONDS
    stop_platform
    echo "stopped in $((SECONDS - stopping)) s"
    ((SECONDS - stopping <= 10))
    refute kill -0 "$stream_pid" 2>/dev/null
    refute pgrep -f "$LOCAL_STATE_DIR"
    for port in "$DASHBOARD_PORT" "$TRADING_SERVICE_PORT" "$DATA_SERVICE_PORT" "$LOCAL_DB_PORT"; do
        refute port_open "$port"
    done
    [ ! -f "$LOCAL_STATE_DIR/run-local.pid" ]
}
