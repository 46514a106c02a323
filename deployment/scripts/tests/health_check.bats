#!/usr/bin/env bats
# health_check.sh against recording stubs: every check can fail the result.

setup() {
    load test_helper
    setup_stubs
}

@test "a healthy environment exits 0 and stays quiet without --verbose" {
    run "${SCRIPTS}/health_check.sh" dev
    [ "${status}" -eq 0 ]
    [[ "${output}" != *"PASS"* ]]
    [[ "${output}" == *"dev is healthy"* ]]
}

@test "--verbose prints every check" {
    run "${SCRIPTS}/health_check.sh" dev --verbose
    [ "${status}" -eq 0 ]
    [[ "${output}" == *"PASS dashboard https://algo-trading-alb-1234.ap-south-1.elb.amazonaws.com/actuator/health is UP"* ]]
    [[ "${output}" == *"PASS algo-trading-dev-trading running 1/1"* ]]
    [[ "${output}" == *"PASS algo-trading-dev-data-service running 1/1"* ]]
    [[ "${output}" == *"PASS algo-trading-dev-dashboard running 1/1"* ]]
    [[ "${output}" == *"PASS 1 healthy dashboard target(s)"* ]]
    [[ "${output}" == *"PASS RDS algo-trading-dev-postgres is available"* ]]
}

@test "--verbose prints every health component of each service, the dashboard's and those behind it" {
    run "${SCRIPTS}/health_check.sh" dev --verbose
    [ "${status}" -eq 0 ]
    [[ "${output}" == *"dashboard: db UP, diskSpace UP"* ]]
    [[ "${output}" == *"tradingService: broker UP, db UP, leadership UP, marketFeed UP"* ]]
    [[ "${output}" == *"dataService: db UP, marketFeed UP"* ]]
    run "${SCRIPTS}/health_check.sh" dev
    [[ "${output}" != *"tradingService:"* ]]
}

@test "a component down makes the dashboard unhealthy and its components are printed without --verbose" {
    STUB_HEALTH='{"status":"DOWN","components":{"db":{"status":"UP"},"tradingService":{"status":"DOWN","components":{"broker":{"status":"DOWN"},"db":{"status":"UP"}}}}}' \
        run "${SCRIPTS}/health_check.sh" dev
    [ "${status}" -eq 1 ]
    [[ "${output}" == *"FAIL dashboard https://algo-trading-alb-1234.ap-south-1.elb.amazonaws.com/actuator/health is DOWN"* ]]
    [[ "${output}" == *"tradingService: broker DOWN, db UP"* ]]
}

@test "the dashboard is checked through the ALB, or DASHBOARD_URL with certificate verification" {
    run "${SCRIPTS}/health_check.sh" dev
    assert_called "elbv2 describe-load-balancers --names algo-trading-dev-alb"
    assert_called "curl -sS --max-time 10 --insecure https://algo-trading-alb-1234.ap-south-1.elb.amazonaws.com/actuator/health"
    : >"${STUB_LOG}"
    DASHBOARD_URL=https://trade.example.com/ run "${SCRIPTS}/health_check.sh" dev
    [ "${status}" -eq 0 ]
    assert_called "curl -sS --max-time 10 https://trade.example.com/actuator/health"
    refute_called "--insecure"
}

@test "an unreachable dashboard is unhealthy" {
    STUB_CURL_FAIL=1 run "${SCRIPTS}/health_check.sh" dev
    [ "${status}" -eq 1 ]
    [[ "${output}" == *"FAIL dashboard"* ]]
}

@test "a service running fewer tasks than desired is unhealthy" {
    STUB_RUNNING_COUNT=0 run "${SCRIPTS}/health_check.sh" dev
    [ "${status}" -eq 1 ]
    [[ "${output}" == *"FAIL algo-trading-dev-trading running 0/1"* ]]
}

@test "an unhealthy ALB target is unhealthy" {
    STUB_TARGET_STATES="healthy unhealthy" run "${SCRIPTS}/health_check.sh" dev
    [ "${status}" -eq 1 ]
    [[ "${output}" == *"FAIL a dashboard target is unhealthy"* ]]
}

@test "a database that is not available is unhealthy" {
    STUB_DB_STATUS=backing-up run "${SCRIPTS}/health_check.sh" staging
    [ "${status}" -eq 1 ]
    [[ "${output}" == *"FAIL RDS algo-trading-staging-postgres is backing-up"* ]]
}

@test "bad arguments print usage and exit 2" {
    run "${SCRIPTS}/health_check.sh" dev --quiet
    [ "${status}" -eq 2 ]
    [[ "${output}" == *"Usage: health_check.sh"* ]]
    run "${SCRIPTS}/health_check.sh"
    [ "${status}" -eq 2 ]
    run "${SCRIPTS}/health_check.sh" production
    [ "${status}" -eq 2 ]
}
