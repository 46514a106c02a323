package com.algotrading.common.service;

import com.algotrading.common.settings.DatabaseFailure;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/** Start-up failures caused by the database, reported as {@link DatabaseFailure} words them, without the trace. */
class DatabaseFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        return DatabaseFailure.explain(failure)
                .map(explained -> new FailureAnalysis(explained.problem(), explained.action(), failure)).orElse(null);
    }
}
