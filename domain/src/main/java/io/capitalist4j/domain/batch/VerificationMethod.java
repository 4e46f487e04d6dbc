package io.capitalist4j.domain.batch;

/** How a batch upload is proven: certificate signature, PIN, or an SMS code confirmed with process_batch. */
public enum VerificationMethod {
    SIGNATURE, PIN, MOBILE
}
