#!/usr/bin/env bash
# Deploys one environment: Terraform, images, new task definition revisions, wait, health check.
set -euo pipefail

# shellcheck source=SCRIPTDIR/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

usage() {
    cat <<'USAGE'
Usage: deploy.sh <dev|staging|prod> [options]

  --dry-run      run only read-only calls (identity, terraform plan) and print every mutating step instead
  --skip-build   do not build or push images; deploy IMAGE_TAG (default: the current git commit) from ECR
  --skip-infra   do not run Terraform
  --force        keep going when a step fails and exit 0 (failed steps are listed at the end)
  --yes          do not ask for confirmation (prod asks otherwise; a dry run never asks)
  --help         show this help

Environment: AWS_REGION (default ap-south-1), IMAGE_TAG, TF_VAR_certificate_arn (needed by Terraform).
USAGE
}

DRY_RUN=false
SKIP_BUILD=false
SKIP_INFRA=false
FORCE=false
ASSUME_YES=false
FAILED_STEPS=()

parse_args() {
    while (($# > 0)); do
        case "$1" in
            --dry-run) DRY_RUN=true ;;
            --skip-build) SKIP_BUILD=true ;;
            --skip-infra) SKIP_INFRA=true ;;
            --force) FORCE=true ;;
            --yes) ASSUME_YES=true ;;
            *) accept_common_argument "$1" ;;
        esac
        shift
    done
    require_environment
}

# Mutating commands go through here: in a dry run they are only printed.
mutate() {
    if [[ "${DRY_RUN}" == true ]]; then
        info "[dry-run] would run: $*"
    else
        "$@"
    fi
}

# Runs one step in a subshell with errexit on, so any failing command fails the step; --force turns a failed
# step into a warning.
run_step() {
    local description=$1 status=0
    shift
    info "==> ${description}"
    set +e
    (
        set -e
        "$@"
    )
    status=$?
    set -e
    if ((status != 0)); then
        if [[ "${FORCE}" == true ]]; then
            warn "${description} failed (exit ${status}); continuing because of --force"
            FAILED_STEPS+=("${description}")
        else
            die "${description} failed (exit ${status})"
        fi
    fi
}

confirm_prod() {
    [[ "${ENVIRONMENT}" == prod && "${ASSUME_YES}" == false && "${DRY_RUN}" == false ]] || return 0
    local answer=""
    printf 'Deploy to PROD? Type "prod" to continue: ' >&2
    read -r answer || true
    [[ "${answer}" == prod ]] || die "not confirmed; nothing was changed"
}

preflight() {
    local tools=(aws git jq curl)
    [[ "${SKIP_INFRA}" == true ]] || tools+=(terraform)
    [[ "${SKIP_BUILD}" == true ]] || tools+=(docker)
    require_tools "${tools[@]}"
    ACCOUNT_ID=$(aws sts get-caller-identity --query Account --output text) || die "no AWS identity: log in first"
    REGISTRY="${ACCOUNT_ID}.dkr.ecr.${AWS_REGION}.amazonaws.com"
    IMAGE_TAG="${IMAGE_TAG:-$(git -C "${REPO_ROOT}" rev-parse --short=12 HEAD)}"
    info "account ${ACCOUNT_ID}, region ${AWS_REGION}, environment ${ENVIRONMENT}, image tag ${IMAGE_TAG}"
}

terraform_apply() {
    local dir="${REPO_ROOT}/deployment/terraform"
    terraform -chdir="${dir}" init -input=false
    if [[ "${DRY_RUN}" == true ]]; then
        # -lock=false: taking the state lock would itself write to the backend.
        terraform -chdir="${dir}" plan -input=false -lock=false -var-file="environments/${ENVIRONMENT}.tfvars" \
            -var "image_tag=${IMAGE_TAG}"
        info "[dry-run] would run: terraform apply tfplan"
    else
        terraform -chdir="${dir}" plan -input=false -var-file="environments/${ENVIRONMENT}.tfvars" \
            -var "image_tag=${IMAGE_TAG}" -out=tfplan
        terraform -chdir="${dir}" apply -input=false tfplan
    fi
}

dockerfile_for() {
    case "$1" in
        data-service) printf 'Dockerfile.data\n' ;;
        *) printf 'Dockerfile.%s\n' "$1" ;;
    esac
}

build_and_push() {
    local service repository
    if [[ "${DRY_RUN}" == true ]]; then
        info "[dry-run] would log in to ${REGISTRY}"
    else
        aws ecr get-login-password | docker login --username AWS --password-stdin "${REGISTRY}"
    fi
    for service in "${SERVICES[@]}"; do
        repository="${REGISTRY}/$(service_name "${ENVIRONMENT}" "${service}")"
        mutate docker build -f "${REPO_ROOT}/deployment/docker/$(dockerfile_for "${service}")" \
            --build-arg "REVISION=${IMAGE_TAG}" -t "${repository}:${IMAGE_TAG}" -t "${repository}:latest" "${REPO_ROOT}"
        mutate docker push "${repository}:${IMAGE_TAG}"
        mutate docker push "${repository}:latest"
    done
}

# With --skip-build the images must already be in ECR; fail before touching any service if one is missing.
verify_images_exist() {
    local service
    for service in "${SERVICES[@]}"; do
        aws ecr describe-images --repository-name "$(service_name "${ENVIRONMENT}" "${service}")" \
            --image-ids "imageTag=${IMAGE_TAG}" --query 'imageDetails[0].imageTags' --output text >/dev/null
    done
}

# The revision to run: the family's newest one when it already has this image (Terraform registered it with
# -var image_tag), otherwise a copy of the newest one with only the image changed. Copying the newest revision,
# not the running one, carries Terraform's latest settings; not duplicating it keeps rollback's "previous
# revision" a different image.
target_revision() {
    local service=$1 family image latest
    family=$(service_name "${ENVIRONMENT}" "${service}")
    image="${REGISTRY}/${family}:${IMAGE_TAG}"
    aws ecs describe-task-definition --task-definition "${family}" --output json >"${WORK_DIR}/${service}-latest.json"
    latest=$(jq -r '.taskDefinition.taskDefinitionArn' "${WORK_DIR}/${service}-latest.json")
    if [[ "$(jq -r '.taskDefinition.containerDefinitions[0].image' "${WORK_DIR}/${service}-latest.json")" == "${image}" ]]; then
        printf '%s\n' "${latest}"
        return 0
    fi
    # Drop only the read-only fields ECS adds, so every setting Terraform gave the revision is carried over.
    jq --arg image "${image}" '.taskDefinition
        | .containerDefinitions[0].image = $image
        | del(.taskDefinitionArn, .revision, .status, .requiresAttributes, .compatibilities,
              .registeredAt, .registeredBy, .deregisteredAt)' \
        "${WORK_DIR}/${service}-latest.json" >"${WORK_DIR}/${service}.json"
    if [[ "${DRY_RUN}" == true ]]; then
        info "[dry-run] would register a revision of ${latest##*/} with image ${image}"
        printf '%s (new)\n' "${family}"
        return 0
    fi
    aws ecs register-task-definition --cli-input-json "file://${WORK_DIR}/${service}.json" \
        --query 'taskDefinition.taskDefinitionArn' --output text
}

roll_out() {
    local service target
    for service in "${SERVICES[@]}"; do
        target=$(target_revision "${service}")
        mutate update_service "${ENVIRONMENT}" "${service}" "${target}"
    done
}

wait_and_check() {
    if [[ "${DRY_RUN}" == true ]]; then
        info "[dry-run] would wait until the services are stable and run health_check.sh ${ENVIRONMENT}"
        return 0
    fi
    wait_until_stable "${ENVIRONMENT}" "${SERVICES[@]}"
    run_health_check "${ENVIRONMENT}"
}

main() {
    parse_args "$@"
    confirm_prod
    preflight
    WORK_DIR=$(mktemp -d)
    trap 'rm -rf "${WORK_DIR}"' EXIT

    if [[ "${SKIP_INFRA}" == true ]]; then
        info "skipping Terraform (--skip-infra)"
    else
        run_step "terraform" terraform_apply
    fi
    if [[ "${SKIP_BUILD}" == true ]]; then
        info "skipping image build (--skip-build)"
        run_step "check images ${IMAGE_TAG} exist in ECR" verify_images_exist
    else
        run_step "build and push images" build_and_push
    fi
    run_step "register task definitions and update services" roll_out
    run_step "wait for stable services and health check" wait_and_check

    if ((${#FAILED_STEPS[@]} > 0)); then
        warn "deployed with failures (--force): ${FAILED_STEPS[*]}"
    else
        info "deployment of ${ENVIRONMENT} (${IMAGE_TAG}) finished"
    fi
}

main "$@"
