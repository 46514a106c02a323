#!/usr/bin/env bash
# Is an environment healthy? Dashboard through the ALB (its health includes the trading and data services'), ECS
# running = desired, ALB targets, RDS status.
set -euo pipefail

# shellcheck source=SCRIPTDIR/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

usage() {
    cat <<'USAGE'
Usage: health_check.sh <dev|staging|prod> [--verbose]

Exit 0 when every check passes, 1 otherwise.

  --verbose   print every check, not only the failures, and every health component of each service
              (a dashboard that is not UP always prints them: they say which part is down)
  --help      show this help

Environment: AWS_REGION (default ap-south-1); DASHBOARD_URL, the https:// address of the dashboard's own domain.
Without it the ALB's DNS name is used, and because the certificate names your domain, not the ALB, that one
request is made without certificate verification (it sends nothing but GET /actuator/health).
USAGE
}

VERBOSE=false
FAILURES=0

parse_args() {
    while (($# > 0)); do
        case "$1" in
            --verbose | -v) VERBOSE=true ;;
            *) accept_common_argument "$1" ;;
        esac
        shift
    done
    require_environment
}

pass() {
    [[ "${VERBOSE}" == false ]] || info "PASS $*"
}

fail() {
    error "FAIL $*"
    FAILURES=$((FAILURES + 1))
}

# One line per service with each of its health components: the dashboard's own, then those of the services it
# reports on (tradingService, dataService), as the dashboard's /actuator/health nests them.
print_components() {
    local line
    while IFS= read -r line; do
        info "  ${line}"
    done < <(jq -r '(.components // {}) | to_entries
        | ([.[] | select(.value.components == null) | "\(.key) \(.value.status)"] | "dashboard: " + join(", ")),
          (.[] | select(.value.components != null)
            | "\(.key): " + ([.value.components | to_entries[] | "\(.key) \(.value.status)"] | join(", ")))' \
        <<<"$1" 2>/dev/null || true)
}

check_dashboard() {
    # no -f: a DOWN service answers 503 with the components that say why
    local url curl_options=(-sS --max-time 10) body dns status
    if [[ -n "${DASHBOARD_URL:-}" ]]; then
        url="${DASHBOARD_URL%/}/actuator/health"
    else
        dns=$(aws elbv2 describe-load-balancers --names "$(alb_name "${ENVIRONMENT}")" \
            --query 'LoadBalancers[0].DNSName' --output text) || {
            fail "load balancer $(alb_name "${ENVIRONMENT}") not found"
            return
        }
        url="https://${dns}/actuator/health"
        curl_options+=(--insecure)
    fi
    body=$(curl "${curl_options[@]}" "${url}") || body=""
    status=$(jq -r '.status // "without a status"' <<<"${body}" 2>/dev/null) || status="not answering JSON"
    if [[ "${status}" == UP ]]; then
        pass "dashboard ${url} is UP"
    else
        fail "dashboard ${url} is ${status:-unreachable}"
    fi
    if [[ -n "${body}" && ("${VERBOSE}" == true || "${status}" != UP) ]]; then
        print_components "${body}"
    fi
}

check_services() {
    local names=() service name running desired
    for service in "${SERVICES[@]}"; do
        names+=("$(service_name "${ENVIRONMENT}" "${service}")")
    done
    local listed=0
    while read -r name running desired; do
        [[ -n "${name}" ]] || continue
        listed=$((listed + 1))
        if [[ "${running}" == "${desired}" && "${desired}" -gt 0 ]]; then
            pass "${name} running ${running}/${desired}"
        else
            fail "${name} running ${running}/${desired}"
        fi
    done < <(aws ecs describe-services --cluster "$(cluster_name "${ENVIRONMENT}")" --services "${names[@]}" \
        --query 'services[].[serviceName,runningCount,desiredCount]' --output text || true)
    ((listed == ${#names[@]})) || fail "expected ${#names[@]} services in $(cluster_name "${ENVIRONMENT}"), found ${listed}"
}

check_targets() {
    local target_group states state healthy=0
    target_group=$(aws elbv2 describe-target-groups --names "$(target_group_name "${ENVIRONMENT}")" \
        --query 'TargetGroups[0].TargetGroupArn' --output text) || {
        fail "target group $(target_group_name "${ENVIRONMENT}") not found"
        return
    }
    states=$(aws elbv2 describe-target-health --target-group-arn "${target_group}" \
        --query 'TargetHealthDescriptions[].TargetHealth.State' --output text) || states=""
    for state in ${states}; do
        if [[ "${state}" == healthy ]]; then
            healthy=$((healthy + 1))
        else
            fail "a dashboard target is ${state}"
        fi
    done
    if ((healthy > 0)); then
        pass "${healthy} healthy dashboard target(s)"
    else
        fail "no healthy dashboard target"
    fi
}

check_database() {
    local status
    status=$(aws rds describe-db-instances --db-instance-identifier "$(db_identifier "${ENVIRONMENT}")" \
        --query 'DBInstances[0].DBInstanceStatus' --output text) || status="not found"
    if [[ "${status}" == available ]]; then
        pass "RDS $(db_identifier "${ENVIRONMENT}") is available"
    else
        fail "RDS $(db_identifier "${ENVIRONMENT}") is ${status}"
    fi
}

main() {
    parse_args "$@"
    require_tools aws curl jq
    check_dashboard
    check_services
    check_targets
    check_database
    if ((FAILURES > 0)); then
        error "${ENVIRONMENT} is UNHEALTHY (${FAILURES} failed check(s))"
        exit 1
    fi
    info "${ENVIRONMENT} is healthy"
}

main "$@"
