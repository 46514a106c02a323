#!/usr/bin/env bash
# Runs the whole platform on this machine in paper mode: builds what is needed, provides PostgreSQL
# (DB_URL if given, else an embedded server whose data persists under .local/postgres), starts the
# data, trading and dashboard services from copies of their jars, waits until all three are healthy,
# and stops everything on Ctrl-C.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STATE_DIR="${LOCAL_STATE_DIR:-$ROOT/.local}"
ADMIN_PASSWORD_EXPORTED="${DASHBOARD_ADMIN_PASSWORD:+yes}"
LOG_DIR="$STATE_DIR/logs"
JAR_DIR="$STATE_DIR/jars"
PID_FILE="$STATE_DIR/run-local.pid"
LOCAL_DB_PORT="${LOCAL_DB_PORT:-15432}"
DASHBOARD_PORT="${DASHBOARD_PORT:-8080}"
TRADING_SERVICE_PORT="${TRADING_SERVICE_PORT:-8081}"
DATA_SERVICE_PORT="${DATA_SERVICE_PORT:-8082}"
STARTUP_TIMEOUT_SECONDS="${STARTUP_TIMEOUT_SECONDS:-180}"
JAVA_OPTS="${LOCAL_JAVA_OPTS:--XX:+UseSerialGC -Xss512k -Xmx256m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=48m -XX:TieredStopAtLevel=1}"
JARS=(data-service/target/data-service.jar trading-service/target/trading-service.jar
    dashboard-service/target/dashboard-service.jar deployment/postgres-support/target/postgres-support-exec.jar)

usage() {
    cat <<EOF
Usage: deployment/scripts/run-local.sh [--rebuild] [--help]

Runs the Algo Trading System locally in paper mode with a simulated market. The services run from copies
of their jars in .local/jars (refreshed at every start), so a build while they run does not touch them.
  --rebuild   build the jars even when they look up to date
  --help      show this help

Environment (all optional):
  DASHBOARD_PORT                port of dashboard-service (default 8080)
  TRADING_SERVICE_PORT          port of trading-service (default 8081)
  DATA_SERVICE_PORT             port of data-service (default 8082)
  DB_URL, DB_USER, DB_PASSWORD  use this PostgreSQL instead of the embedded one
  LOCAL_DB_PORT                 port of the embedded PostgreSQL (default 15432)
  LOCAL_STATE_DIR               where data, logs and the jar copies are kept (default .local/)
  LOCAL_JAVA_OPTS               JVM options for the three services
  MARKET_FEED                   the data-service's feed (default simulated)
  SIMULATOR_ALWAYS_OPEN         the simulated market trades at any hour (default true)
  SERVICE_TOKEN                 secret the services share (default: a random one kept in .local/service-token)
  DASHBOARD_ADMIN_PASSWORD      password of the first dashboard user, admin (default: a random one kept in
                                .local/admin-password; it counts only while there is no user admin yet)
  MAX_DAILY_TRADES, LOG_LEVEL, SERVER_ADDRESS, ...  passed to the services as exported

Set by this script for every service, whatever is exported:
  ENVIRONMENT=local, PAPER_TRADING=true   an exported other value is refused (exit 2)
  SERVER_PORT                             each service's own port from the three above; an exported
                                          SERVER_PORT is ignored, with a warning
  TRADING_SERVICE_URL, DATA_SERVICE_URL   http://localhost:<port> of the services started here; an
                                          exported other value is replaced, with a warning
EOF
}

log() {
    printf '%s %s\n' "$(date '+%H:%M:%S')" "$*"
}

warn() {
    log "WARNING: $*" >&2
}

fail() {
    log "ERROR: $*" >&2
    exit 1
}

# A setting the local platform cannot honour: say which and why, start nothing, exit 2.
refuse() {
    log "ERROR: $*" >&2
    exit 2
}

rebuild=false
while (($# > 0)); do
    case "$1" in
        --rebuild) rebuild=true ;;
        --help | -h) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
    shift
done

check_ports() {
    local name port
    local -A owner=()
    for name in DASHBOARD_PORT TRADING_SERVICE_PORT DATA_SERVICE_PORT LOCAL_DB_PORT; do
        port=${!name}
        if [[ ! "$port" =~ ^[0-9]{1,5}$ ]] || ((10#$port < 1 || 10#$port > 65535)); then
            refuse "$name must be a port number from 1 to 65535, got \"$port\""
        fi
        [[ -z "${owner[$port]:-}" ]] || refuse "${owner[$port]} and $name are both $port; each needs its own port"
        owner[$port]=$name
    done
}

service_url() {
    case "$1" in
        TRADING_SERVICE_URL) echo "http://localhost:$TRADING_SERVICE_PORT" ;;
        DATA_SERVICE_URL) echo "http://localhost:$DATA_SERVICE_PORT" ;;
    esac
}

# What this script sets itself: refuse what would change what the local platform is, warn about what it replaces.
check_exported_settings() {
    if [[ -n "${PAPER_TRADING:-}" && "${PAPER_TRADING,,}" != true ]]; then
        refuse "PAPER_TRADING=$PAPER_TRADING is exported, but the local platform always trades on paper; unset it (live trading runs only in a deployment)"
    fi
    if [[ -n "${ENVIRONMENT:-}" && "${ENVIRONMENT,,}" != local ]]; then
        refuse "ENVIRONMENT=$ENVIRONMENT is exported, but the local platform always runs as ENVIRONMENT=local; unset it"
    fi
    if [[ -n "${SERVER_PORT:-}" ]]; then
        warn "SERVER_PORT=$SERVER_PORT is ignored: each service gets its own port (DASHBOARD_PORT, TRADING_SERVICE_PORT, DATA_SERVICE_PORT)"
    fi
    local name expected
    for name in TRADING_SERVICE_URL DATA_SERVICE_URL; do
        expected=$(service_url "$name")
        if [[ -n "${!name:-}" && "${!name}" != "$expected" ]]; then
            warn "$name=${!name} is replaced by $expected: the services started here call each other"
        fi
    done
}

check_ports
check_exported_settings
SERVICES=("data-service:$DATA_SERVICE_PORT" "trading-service:$TRADING_SERVICE_PORT" "dashboard-service:$DASHBOARD_PORT")

# shellcheck source=deployment/scripts/lib/java.sh
source "$ROOT/deployment/scripts/lib/java.sh"
select_jdk || exit 1
cd "$ROOT"
mkdir -p "$LOG_DIR"

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

refuse_second_run() {
    if [[ -f "$PID_FILE" ]] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
        fail "the local platform is already running (pid $(cat "$PID_FILE")): http://localhost:$DASHBOARD_PORT - stop it with Ctrl-C in its terminal or: kill $(cat "$PID_FILE")"
    fi
    local service port
    for service in "${SERVICES[@]}"; do
        port=${service#*:}
        if port_in_use "$port"; then
            fail "port $port (${service%%:*}) is already in use by another program; stop it first or choose another port (--help)"
        fi
    done
    if [[ -z "${DB_URL:-}" ]] && port_in_use "$LOCAL_DB_PORT"; then
        fail "port $LOCAL_DB_PORT (local PostgreSQL) is already in use; stop that program or set LOCAL_DB_PORT"
    fi
}

jars_up_to_date() {
    local jar
    for jar in "${JARS[@]}"; do
        [[ -f "$jar" ]] || return 1
        if [[ -n "$(find . -path ./.local -prune -o \( -path '*/src/main/*' -o -name pom.xml \) -newer "$jar" -print -quit)" ]]; then
            return 1
        fi
    done
}

build() {
    if [[ "$rebuild" == false ]] && jars_up_to_date; then
        log "Jars are up to date (use --rebuild to force a build)"
        return
    fi
    log "Building the services (first build downloads dependencies; later builds are quicker)"
    ./mvnw -B -q -DskipTests package >"$LOG_DIR/build.log" 2>&1 || {
        tail -n 40 "$LOG_DIR/build.log" >&2
        fail "the build failed; full log in $LOG_DIR/build.log"
    }
}

# The services run from copies, so that a build (./mvnw package) while they run cannot replace a jar under a JVM
# that still loads classes from it. Each copy is written beside its name and then moved into place.
copy_jars() {
    local jar
    mkdir -p "$JAR_DIR"
    for jar in "${JARS[@]}"; do
        cp "$jar" "$JAR_DIR/.$(basename "$jar").partial"
        mv -f "$JAR_DIR/.$(basename "$jar").partial" "$JAR_DIR/$(basename "$jar")"
    done
}

declare -a started_pids=()
postgres_pid=""

# shellcheck disable=SC2317 # invoked by the EXIT trap
stop_all() {
    local status=$?
    trap - EXIT INT TERM
    if ((${#started_pids[@]} > 0)); then
        log "Stopping the services"
        kill -TERM "${started_pids[@]}" 2>/dev/null || true
        wait_for_exit 30 "${started_pids[@]}"
    fi
    if [[ -n "$postgres_pid" ]]; then
        log "Stopping PostgreSQL"
        kill -TERM "$postgres_pid" 2>/dev/null || true
        wait_for_exit 30 "$postgres_pid"
        stop_orphaned_postgres
    fi
    rm -f "$PID_FILE"
    log "Stopped"
    exit "$status"
}

wait_for_exit() {
    local seconds=$1 pid
    shift
    for ((i = 0; i < seconds * 2; i++)); do
        local alive=false
        for pid in "$@"; do
            kill -0 "$pid" 2>/dev/null && alive=true
        done
        [[ "$alive" == false ]] && return 0
        sleep 0.5
    done
    kill -KILL "$@" 2>/dev/null || true
}

# If the launcher JVM died hard, its PostgreSQL keeps running; the postmaster pid file says which process it is.
stop_orphaned_postgres() {
    local pid_file="$STATE_DIR/postgres/postmaster.pid"
    if [[ -f "$pid_file" ]]; then
        local pid
        pid=$(head -n 1 "$pid_file")
        if kill -0 "$pid" 2>/dev/null; then
            kill -INT "$pid" 2>/dev/null || true
            wait_for_exit 20 "$pid"
        fi
    fi
}

start_postgres() {
    if [[ -n "${DB_URL:-}" ]]; then
        log "Using the PostgreSQL at DB_URL"
        return
    fi
    log "Starting PostgreSQL (data in $STATE_DIR/postgres)"
    stop_orphaned_postgres
    java -jar "$JAR_DIR/postgres-support-exec.jar" \
        "$STATE_DIR/postgres" "$LOCAL_DB_PORT" algotrading >"$LOG_DIR/postgres.log" 2>&1 &
    postgres_pid=$!
    for ((i = 0; i < 120; i++)); do
        if grep -qs '^READY ' "$LOG_DIR/postgres.log"; then
            export DB_URL="jdbc:postgresql://localhost:$LOCAL_DB_PORT/algotrading" DB_USER=postgres DB_PASSWORD=""
            return
        fi
        kill -0 "$postgres_pid" 2>/dev/null || break
        sleep 0.5
    done
    tail -n 20 "$LOG_DIR/postgres.log" >&2
    fail "PostgreSQL did not start; log in $LOG_DIR/postgres.log"
}

# An exported secret is used as it is; otherwise a random one of the given number of bytes (in hex), kept across
# runs in a file only its owner reads.
exported_or_kept() {
    local exported=$1 file=$2 bytes=$3
    if [[ -n "$exported" ]]; then
        printf '%s\n' "$exported"
        return
    fi
    if [[ ! -s "$file" ]]; then
        (umask 077 && head -c "$bytes" /dev/urandom | od -An -tx1 | tr -d ' \n' >"$file")
    fi
    cat "$file"
}

start_services() {
    local token service name
    token=$(exported_or_kept "${SERVICE_TOKEN:-}" "$STATE_DIR/service-token" 32)
    # The dashboard uses it only to create the user admin, so once that exists a change here changes nothing.
    DASHBOARD_ADMIN_PASSWORD=$(exported_or_kept "${DASHBOARD_ADMIN_PASSWORD:-}" "$STATE_DIR/admin-password" 12)
    export DASHBOARD_ADMIN_PASSWORD
    for service in "${SERVICES[@]}"; do
        name=${service%%:*}
        log "Starting $name on port ${service#*:}"
        # shellcheck disable=SC2086 # JAVA_OPTS is a list of JVM flags
        ENVIRONMENT=local PAPER_TRADING=true MARKET_FEED="${MARKET_FEED:-simulated}" \
            SIMULATOR_ALWAYS_OPEN="${SIMULATOR_ALWAYS_OPEN:-true}" SERVER_PORT="${service#*:}" SERVICE_TOKEN="$token" \
            TRADING_SERVICE_URL="$(service_url TRADING_SERVICE_URL)" DATA_SERVICE_URL="$(service_url DATA_SERVICE_URL)" \
            java $JAVA_OPTS -jar "$JAR_DIR/$name.jar" serve >"$LOG_DIR/$name.log" 2>&1 &
        started_pids+=($!)
    done
}

wait_until_healthy() {
    local deadline=$((SECONDS + STARTUP_TIMEOUT_SECONDS)) index service name port
    for index in "${!SERVICES[@]}"; do
        service=${SERVICES[$index]}
        name=${service%%:*}
        port=${service#*:}
        until curl -fsS "http://localhost:$port/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"'; do
            if ! kill -0 "${started_pids[$index]}" 2>/dev/null; then
                tail -n 20 "$LOG_DIR/$name.log" >&2
                fail "$name stopped during start-up; log in $LOG_DIR/$name.log"
            fi
            ((SECONDS < deadline)) || fail "$name was not healthy within ${STARTUP_TIMEOUT_SECONDS}s; log in $LOG_DIR/$name.log"
            sleep 1
        done
        log "$name is healthy"
    done
}

admin_origin() {
    if [[ -n "$ADMIN_PASSWORD_EXPORTED" ]]; then echo "as exported"; else echo "kept in $STATE_DIR/admin-password"; fi
}

token_origin() {
    if [[ -n "${SERVICE_TOKEN:-}" ]]; then echo "as exported"; else echo "from $STATE_DIR/service-token"; fi
}

listening() {
    local address="${SERVER_ADDRESS:-127.0.0.1}"
    case "$address" in
        127.* | localhost | ::1) echo "it listens on $address, this machine only" ;;
        *) echo "SERVER_ADDRESS=$address: other machines can reach it" ;;
    esac
}

refuse_second_run
echo $$ >"$PID_FILE"
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

started_at=$SECONDS
build
copy_jars
start_postgres
start_services
wait_until_healthy

cat <<EOF

  Algo Trading System is running locally - paper trading on a simulated market ($((SECONDS - started_at)) s to start)

    Dashboard      http://localhost:$DASHBOARD_PORT
    Log in         user admin, password $DASHBOARD_ADMIN_PASSWORD ($(admin_origin); once changed in the
                   dashboard, yours); $(listening)
    Trading API    http://localhost:$TRADING_SERVICE_PORT/actuator/health
    Market data    http://localhost:$DATA_SERVICE_PORT/actuator/health
    Logs           $LOG_DIR
    Data           ${DB_URL}
    Set here       ENVIRONMENT=local PAPER_TRADING=true, a SERVER_PORT per service and the service URLs,
                   MARKET_FEED=${MARKET_FEED:-simulated} SIMULATOR_ALWAYS_OPEN=${SIMULATOR_ALWAYS_OPEN:-true}, SERVICE_TOKEN $(token_origin)

  Press Ctrl-C to stop everything.

EOF

# Return as soon as any service exits, so one crash stops the platform instead of leaving it half up.
wait -n "${started_pids[@]}" || true
fail "a service stopped unexpectedly; see the logs in $LOG_DIR"
