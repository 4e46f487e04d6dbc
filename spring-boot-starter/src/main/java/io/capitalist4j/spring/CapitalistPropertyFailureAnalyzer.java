package io.capitalist4j.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link CapitalistPropertyException} into Spring Boot's "APPLICATION FAILED TO START" report. */
class CapitalistPropertyFailureAnalyzer extends AbstractFailureAnalyzer<CapitalistPropertyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CapitalistPropertyException cause) {
        return new FailureAnalysis("The Capitalist client cannot be configured: " + cause.getMessage(),
                cause.action(), cause);
    }
}
