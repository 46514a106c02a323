# shellcheck shell=bash
# Shared by deploy.sh, rollback.sh and health_check.sh (sourced, never run): logging, argument checks and the
# AWS resource names, which follow the Terraform in deployment/terraform so the scripts need no Terraform state.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
SCRIPTS_DIR="${REPO_ROOT}/deployment/scripts"
export AWS_REGION="${AWS_REGION:-ap-south-1}"

ENVIRONMENT=""

# Service suffixes, in the order deployments touch them: the trading service (single task) goes first.
SERVICES=(trading data-service dashboard)

log() {
    local level=$1
    shift
    printf '%s [%s] %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "${level}" "$*" >&2
}

info() { log INFO "$@"; }
warn() { log WARN "$@"; }
error() { log ERROR "$@"; }

die() {
    error "$@"
    exit 1
}

# Bad command line: say why, show the calling script's usage(), exit 2.
usage_error() {
    error "$1"
    usage >&2
    exit 2
}

# What every script accepts besides its own options: --help, the environment (exactly once), nothing else.
accept_common_argument() {
    case "$1" in
        --help | -h)
            usage
            exit 0
            ;;
        -*) usage_error "unknown option: $1" ;;
        *)
            [[ -z "${ENVIRONMENT}" ]] || usage_error "unexpected argument: $1"
            is_environment "$1" || usage_error "unknown environment: $1"
            ENVIRONMENT=$1
            ;;
    esac
}

require_environment() {
    [[ -n "${ENVIRONMENT}" ]] || usage_error "environment is required"
}

is_environment() {
    [[ "$1" == dev || "$1" == staging || "$1" == prod ]]
}

is_service() {
    local candidate=$1 service
    for service in "${SERVICES[@]}"; do
        [[ "${candidate}" == "${service}" ]] && return 0
    done
    return 1
}

require_tools() {
    local tool
    for tool in "$@"; do
        command -v "${tool}" >/dev/null 2>&1 || die "${tool} is required but not on PATH"
    done
}

cluster_name() { printf 'algo-trading-%s-cluster\n' "$1"; }
service_name() { printf 'algo-trading-%s-%s\n' "$1" "$2"; }
alb_name() { printf 'algo-trading-%s-alb\n' "$1"; }
target_group_name() { printf 'algo-trading-%s-dashboard\n' "$1"; }
db_identifier() { printf 'algo-trading-%s-postgres\n' "$1"; }

# Points a service at a task definition revision (the only mutating ECS call both deploy and rollback make).
# --force-new-deployment also starts tasks when the revision is unchanged, e.g. the very first deploy, whose
# tasks could not pull their image until deploy.sh pushed it after Terraform had created the service.
update_service() {
    local environment=$1 service=$2 task_definition=$3
    info "updating $(service_name "${environment}" "${service}") to ${task_definition##*/}"
    aws ecs update-service --cluster "$(cluster_name "${environment}")" --service "$(service_name "${environment}" "${service}")" \
        --task-definition "${task_definition}" --force-new-deployment --query 'service.serviceName' --output text >/dev/null
}

wait_until_stable() {
    local environment=$1
    shift
    local names=() service
    for service in "$@"; do
        names+=("$(service_name "${environment}" "${service}")")
    done
    info "waiting until stable: ${names[*]}"
    aws ecs wait services-stable --cluster "$(cluster_name "${environment}")" --services "${names[@]}"
}

run_health_check() {
    "${SCRIPTS_DIR}/health_check.sh" "$1"
}
