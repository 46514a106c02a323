#!/usr/bin/env bats
# rollback.sh against recording stubs: which revision it picks, what it refuses.

setup() {
    load test_helper
    setup_stubs
}

@test "--help prints usage and exits 0" {
    run "${SCRIPTS}/rollback.sh" --help
    [ "${status}" -eq 0 ]
    [[ "${output}" == *"--to-revision N"* ]]
}

@test "by default every service goes back to the previous revision, then waits and checks health" {
    run "${SCRIPTS}/rollback.sh" dev
    [ "${status}" -eq 0 ]
    for service in trading dashboard data-service; do
        assert_called "update-service --cluster algo-trading-dev-cluster --service algo-trading-dev-${service} --task-definition arn:aws:ecs:ap-south-1:123456789012:task-definition/algo-trading-dev-${service}:6 "
    done
    assert_called "ecs wait services-stable --cluster algo-trading-dev-cluster --services algo-trading-dev-trading algo-trading-dev-data-service algo-trading-dev-dashboard"
    assert_called "rds describe-db-instances"
}

@test "the previous revision skips revisions that are no longer active" {
    STUB_ACTIVE_REVISIONS="9 7 5 3" run "${SCRIPTS}/rollback.sh" dev --service trading
    [ "${status}" -eq 0 ]
    assert_called "task-definition/algo-trading-dev-trading:5 "
}

@test "--to-revision N sends each service to revision N of its family" {
    run "${SCRIPTS}/rollback.sh" staging --to-revision 5
    [ "${status}" -eq 0 ]
    for service in trading dashboard data-service; do
        assert_called "--service algo-trading-staging-${service} --task-definition arn:aws:ecs:ap-south-1:123456789012:task-definition/algo-trading-staging-${service}:5 "
    done
}

@test "--service rolls back only that service" {
    run "${SCRIPTS}/rollback.sh" dev --service dashboard
    [ "${status}" -eq 0 ]
    [ "$(count_calls "update-service")" -eq 1 ]
    assert_called "update-service --cluster algo-trading-dev-cluster --service algo-trading-dev-dashboard"
    assert_called "ecs wait services-stable --cluster algo-trading-dev-cluster --services algo-trading-dev-dashboard"
}

@test "a revision that does not exist stops the rollback before any update" {
    STUB_MISSING_REVISION=42 run "${SCRIPTS}/rollback.sh" dev --to-revision 42
    [ "${status}" -ne 0 ]
    refute_called "update-service"
}

@test "no earlier active revision stops the rollback with a message" {
    STUB_ACTIVE_REVISIONS="7" run "${SCRIPTS}/rollback.sh" dev --service trading
    [ "${status}" -eq 1 ]
    [[ "${output}" == *"has no ACTIVE revision before algo-trading-dev-trading:7"* ]]
    refute_called "update-service"
}

@test "a failed health check after the rollback exits non-zero" {
    STUB_DB_STATUS=stopped run "${SCRIPTS}/rollback.sh" dev
    [ "${status}" -eq 1 ]
}

@test "bad arguments print usage and exit 2" {
    for args in "" "qa" "dev --to-revision" "dev --to-revision abc" "dev --to-revision 0" "dev --service web" \
        "dev --services trading" "dev prod"; do
        # shellcheck disable=SC2086 # word splitting is the point: each string is one command line
        run "${SCRIPTS}/rollback.sh" ${args}
        [ "${status}" -eq 2 ] || { echo "rollback.sh ${args} exited ${status}"; return 1; }
        [[ "${output}" == *"Usage: rollback.sh"* ]]
    done
    [ ! -s "${STUB_LOG}" ]
}
