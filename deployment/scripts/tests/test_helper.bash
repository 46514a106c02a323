# shellcheck shell=bash
# Puts the recording stubs first on PATH for aws, terraform, docker and curl; jq and git stay real.

setup_stubs() {
    local stub_bin="${BATS_TEST_TMPDIR}/bin" tool
    mkdir -p "${stub_bin}"
    for tool in aws terraform docker curl; do
        ln -s "${BATS_TEST_DIRNAME}/stubs/stub" "${stub_bin}/${tool}"
    done
    export PATH="${stub_bin}:${PATH}"
    export STUB_LOG="${BATS_TEST_TMPDIR}/calls.log"
    export STUB_FIXTURES="${BATS_TEST_DIRNAME}/fixtures"
    export IMAGE_TAG=abc123def456
    unset DASHBOARD_URL
    : >"${STUB_LOG}"
    export SCRIPTS="${BATS_TEST_DIRNAME}/.."
}

assert_called() {
    grep -qF -- "$1" "${STUB_LOG}" || {
        echo "expected a call containing: $1"
        echo "calls were:" && cat "${STUB_LOG}"
        return 1
    }
}

refute_called() {
    ! grep -qF -- "$1" "${STUB_LOG}" || {
        echo "unexpected call containing: $1"
        echo "calls were:" && cat "${STUB_LOG}"
        return 1
    }
}

count_calls() {
    grep -cF -- "$1" "${STUB_LOG}" || true
}
