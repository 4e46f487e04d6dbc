package io.capitalist4j.domain.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpStatusExceptionTest {

    @Test
    void theStatusSaysTheCategory() {
        assertThat(ErrorCategory.ofHttpStatus(400)).isEqualTo(ErrorCategory.REQUEST_REJECTED);
        assertThat(ErrorCategory.ofHttpStatus(422)).isEqualTo(ErrorCategory.REQUEST_REJECTED);
        assertThat(ErrorCategory.ofHttpStatus(401)).isEqualTo(ErrorCategory.AUTHENTICATION);
        assertThat(ErrorCategory.ofHttpStatus(403)).isEqualTo(ErrorCategory.AUTHENTICATION);
        assertThat(ErrorCategory.ofHttpStatus(404)).isEqualTo(ErrorCategory.NOT_FOUND);
        assertThat(ErrorCategory.ofHttpStatus(429)).isEqualTo(ErrorCategory.RATE_LIMITED);
        assertThat(ErrorCategory.ofHttpStatus(500)).isEqualTo(ErrorCategory.SYSTEM);
        assertThat(ErrorCategory.ofHttpStatus(599)).isEqualTo(ErrorCategory.SYSTEM);
        assertThat(ErrorCategory.ofHttpStatus(302)).isEqualTo(ErrorCategory.UNKNOWN);
        assertThat(ErrorCategory.ofHttpStatus(418)).isEqualTo(ErrorCategory.UNKNOWN);
    }

    @Test
    void theServersOwnTextIsKeptPrintableAndNamedInTheMessage() {
        HttpStatusException e = new HttpStatusException("payment", 400, "{\"error\":\"x\"}",
                "card 4276380079956889 refused\u001b[2J");
        assertThat(e.serverMessage()).hasValueSatisfying(m -> assertThat(m).doesNotContain("4276380079956889")
                .doesNotContain("\u001b"));
        assertThat(e.getMessage()).startsWith("payment answered HTTP 400 (request rejected): ")
                .doesNotContain("4276380079956889");
        assertThat(e.retryable()).isFalse();
        assertThat(new HttpStatusException("rate", 503, "").retryable()).isTrue();
        assertThat(new HttpStatusException("rate", 429, "").retryable()).isTrue();
        assertThat(new HttpStatusException("rate", 503, "x").serverMessage()).isEmpty();
    }
}
