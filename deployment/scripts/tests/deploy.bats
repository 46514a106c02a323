#!/usr/bin/env bats
# deploy.sh against recording stubs: what it calls, what it must not call, how it exits.

setup() {
    load test_helper
    setup_stubs
}

@test "--help prints usage and exits 0" {
    run "${SCRIPTS}/deploy.sh" --help
    [ "${status}" -eq 0 ]
    [[ "${output}" == *"Usage: deploy.sh <dev|staging|prod>"* ]]
    [[ "${output}" == *"--skip-infra"* ]]
}

@test "a missing environment prints usage and exits 2" {
    run "${SCRIPTS}/deploy.sh"
    [ "${status}" -eq 2 ]
    [[ "${output}" == *"environment is required"* ]]
    [[ "${output}" == *"Usage:"* ]]
}

@test "an unknown environment prints usage and exits 2 without calling anything" {
    run "${SCRIPTS}/deploy.sh" qa
    [ "${status}" -eq 2 ]
    [[ "${output}" == *"unknown environment: qa"* ]]
    [ ! -s "${STUB_LOG}" ]
}

@test "an unknown flag prints usage and exits 2 without calling anything" {
    run "${SCRIPTS}/deploy.sh" dev --fast
    [ "${status}" -eq 2 ]
    [[ "${output}" == *"unknown option: --fast"* ]]
    [ ! -s "${STUB_LOG}" ]
}

@test "a full deploy applies terraform, builds and pushes three images, rolls out, waits and checks health" {
    run "${SCRIPTS}/deploy.sh" dev
    [ "${status}" -eq 0 ]
    assert_called "init -input=false"
    assert_called "plan -input=false -var-file=environments/dev.tfvars -var image_tag=abc123def456 -out=tfplan"
    assert_called "apply -input=false tfplan"
    assert_called "docker login --username AWS --password-stdin 123456789012.dkr.ecr.ap-south-1.amazonaws.com"
    for service in trading dashboard data-service; do
        assert_called "123456789012.dkr.ecr.ap-south-1.amazonaws.com/algo-trading-dev-${service}:abc123def456"
        assert_called "docker push 123456789012.dkr.ecr.ap-south-1.amazonaws.com/algo-trading-dev-${service}:latest"
        assert_called "update-service --cluster algo-trading-dev-cluster --service algo-trading-dev-${service}"
    done
    assert_called "-f $(cd "${SCRIPTS}/../.." && pwd)/deployment/docker/Dockerfile.data --build-arg REVISION=abc123def456"
    for family in algo-trading-dev-trading algo-trading-dev-dashboard algo-trading-dev-data-service; do
        assert_called "registered [\"${family}\",\"123456789012.dkr.ecr.ap-south-1.amazonaws.com/${family}:abc123def456\"]"
    done
    [ "$(count_calls "--force-new-deployment")" -eq 3 ]
    assert_called "ecs wait services-stable --cluster algo-trading-dev-cluster"
    assert_called "rds describe-db-instances --db-instance-identifier algo-trading-dev-postgres"
}

@test "the registered copy keeps every setting of the newest revision and drops only what ECS adds" {
    run "${SCRIPTS}/deploy.sh" dev --skip-infra --skip-build
    [ "${status}" -eq 0 ]
    assert_called '"readonlyRootFilesystem":true'
    assert_called '"user":"10001:10001"'
    assert_called '"volumes":[{"name":"tmp"}]'
    assert_called '"executionRoleArn":"arn:aws:iam::123456789012:role/algo-trading-dev-ecs-execution"'
    for field in taskDefinitionArn revision status requiresAttributes compatibilities registeredAt registeredBy; do
        refute_called "registered-json {\"${field}\""
        refute_called ",\"${field}\":"
    done
}

@test "a revision Terraform already registered with this image is reused, not copied" {
    STUB_LATEST_TAG=abc123def456 run "${SCRIPTS}/deploy.sh" dev --skip-build
    [ "${status}" -eq 0 ]
    refute_called "register-task-definition"
    assert_called "--service algo-trading-dev-trading --task-definition arn:aws:ecs:ap-south-1:123456789012:task-definition/algo-trading-dev-trading:7 "
}

@test "the deploy never prints the registry password" {
    run "${SCRIPTS}/deploy.sh" dev
    [ "${status}" -eq 0 ]
    [[ "${output}" != *"stub-ecr-password"* ]]
}

@test "log lines are timestamped" {
    run "${SCRIPTS}/deploy.sh" dev
    [[ "${lines[0]}" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z\ \[INFO\] ]]
}

@test "--dry-run plans without the state lock and makes no mutating call" {
    run "${SCRIPTS}/deploy.sh" dev --dry-run
    [ "${status}" -eq 0 ]
    assert_called "plan -input=false -lock=false -var-file=environments/dev.tfvars -var image_tag=abc123def456"
    for call in apply "docker login" "docker build" "docker push" "ecr get-login-password" \
        register-task-definition update-service "ecs wait"; do
        refute_called "${call}"
    done
    [[ "${output}" == *"[dry-run] would run: docker build"* ]]
    [[ "${output}" == *"[dry-run] would register a revision of algo-trading-dev-trading:7 with image 123456789012.dkr.ecr.ap-south-1.amazonaws.com/algo-trading-dev-trading:abc123def456"* ]]
    [[ "${output}" == *"[dry-run] would run: update_service dev trading"* ]]
}

@test "--skip-infra runs no terraform at all" {
    run "${SCRIPTS}/deploy.sh" dev --skip-infra
    [ "${status}" -eq 0 ]
    refute_called "terraform"
    assert_called "docker build"
    assert_called "update-service"
}

@test "--skip-build builds and pushes nothing but checks the images exist in ECR" {
    run "${SCRIPTS}/deploy.sh" dev --skip-build
    [ "${status}" -eq 0 ]
    refute_called "docker"
    [ "$(count_calls "ecr describe-images")" -eq 3 ]
    assert_called "--image-ids imageTag=abc123def456"
    assert_called "update-service"
}

@test "--skip-build stops before touching a service when an image is missing" {
    STUB_DESCRIBE_IMAGES_EXIT=254 run "${SCRIPTS}/deploy.sh" dev --skip-build
    [ "${status}" -eq 1 ]
    refute_called "update-service"
}

@test "a failed terraform apply stops the deploy before any image or service changes" {
    STUB_TERRAFORM_EXIT=1 run "${SCRIPTS}/deploy.sh" dev
    [ "${status}" -eq 1 ]
    [[ "${output}" == *"terraform failed"* ]]
    refute_called "docker"
    refute_called "update-service"
}

@test "a failed health check fails the deploy" {
    STUB_CURL_FAIL=1 run "${SCRIPTS}/deploy.sh" dev
    [ "${status}" -eq 1 ]
    [[ "${output}" == *"wait for stable services and health check failed"* ]]
}

@test "--force turns a failed health check into a warning and exits 0" {
    STUB_CURL_FAIL=1 run "${SCRIPTS}/deploy.sh" dev --force
    [ "${status}" -eq 0 ]
    [[ "${output}" == *"continuing because of --force"* ]]
    [[ "${output}" == *"deployed with failures (--force)"* ]]
}

@test "prod asks for confirmation and changes nothing without it" {
    run "${SCRIPTS}/deploy.sh" prod <<<"no"
    [ "${status}" -eq 1 ]
    [[ "${output}" == *'Type "prod" to continue'* ]]
    [ ! -s "${STUB_LOG}" ]
}

@test "prod proceeds when the operator types prod" {
    run "${SCRIPTS}/deploy.sh" prod --skip-infra --skip-build <<<"prod"
    [ "${status}" -eq 0 ]
    assert_called "update-service --cluster algo-trading-prod-cluster"
}

@test "prod with --yes does not ask" {
    run "${SCRIPTS}/deploy.sh" prod --yes --skip-infra --skip-build </dev/null
    [ "${status}" -eq 0 ]
    [[ "${output}" != *"continue"* ]]
    assert_called "update-service --cluster algo-trading-prod-cluster"
}
