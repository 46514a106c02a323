#!/usr/bin/env bash
# Moves services back to an earlier task definition revision, waits until stable, runs the health check.
set -euo pipefail

# shellcheck source=SCRIPTDIR/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

usage() {
    cat <<'USAGE'
Usage: rollback.sh <dev|staging|prod> [options]

  --to-revision N   roll back to revision N of each task definition family (default: the previous
                    ACTIVE revision of each service's current one)
  --service NAME    only this service: trading, dashboard or data-service (default: all three)
  --help            show this help

Environment: AWS_REGION (default ap-south-1).
USAGE
}

TO_REVISION=""
ONLY_SERVICE=""

parse_args() {
    while (($# > 0)); do
        case "$1" in
            --to-revision)
                (($# > 1)) || usage_error "--to-revision needs a revision number"
                [[ "$2" =~ ^[1-9][0-9]*$ ]] || usage_error "--to-revision must be a positive number, got: $2"
                TO_REVISION=$2
                shift
                ;;
            --service)
                (($# > 1)) || usage_error "--service needs a service name"
                is_service "$2" || usage_error "unknown service: $2 (trading, dashboard or data-service)"
                ONLY_SERVICE=$2
                shift
                ;;
            *) accept_common_argument "$1" ;;
        esac
        shift
    done
    require_environment
}

# Task definition ARN a service runs now.
current_task_definition() {
    aws ecs describe-services --cluster "$(cluster_name "${ENVIRONMENT}")" --services "$(service_name "${ENVIRONMENT}" "$1")" \
        --query 'services[0].taskDefinition' --output text
}

# The newest ACTIVE revision of the family older than the one running now.
previous_revision() {
    local current=$1 family revision candidate
    family=${current##*/}
    revision=${family##*:}
    family=${family%:*}
    for candidate in $(aws ecs list-task-definitions --family-prefix "${family}" --status ACTIVE --sort DESC \
        --query 'taskDefinitionArns' --output text); do
        if ((${candidate##*:} < revision)); then
            printf '%s\n' "${candidate}"
            return 0
        fi
    done
    return 1
}

target_revision() {
    local service=$1 current family
    current=$(current_task_definition "${service}")
    if [[ -n "${TO_REVISION}" ]]; then
        family=${current##*/}
        family=${family%:*}
        # Fails (and so stops the rollback) when the revision does not exist.
        aws ecs describe-task-definition --task-definition "${family}:${TO_REVISION}" \
            --query 'taskDefinition.taskDefinitionArn' --output text
    else
        previous_revision "${current}" || die "$(service_name "${ENVIRONMENT}" "${service}") has no ACTIVE revision before ${current##*/}"
    fi
}

main() {
    parse_args "$@"
    require_tools aws curl jq
    local services=("${SERVICES[@]}") service target
    [[ -z "${ONLY_SERVICE}" ]] || services=("${ONLY_SERVICE}")

    for service in "${services[@]}"; do
        target=$(target_revision "${service}")
        update_service "${ENVIRONMENT}" "${service}" "${target}"
    done
    wait_until_stable "${ENVIRONMENT}" "${services[@]}"
    run_health_check "${ENVIRONMENT}"
    info "rollback of ${ENVIRONMENT} finished"
}

main "$@"
