package io.capitalist4j.domain.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiExceptionTest {

    private static ApiException of(int code) {
        return ApiException.of("import_batch_advanced", new ApiError(code, "message " + code));
    }

    @Test
    void picksTheSubtypeByCode() {
        assertThat(of(16)).isInstanceOf(LoginLockedException.class);
        assertThat(of(135)).isInstanceOf(InsufficientFundsException.class);
        assertThat(of(1)).isInstanceOf(RemoteErrorException.class);
        assertThat(of(2)).isInstanceOf(RemoteErrorException.class);
        assertThat(of(187)).isInstanceOf(RemoteErrorException.class);
        assertThat(of(114)).isInstanceOf(RemoteErrorException.class);
        assertThat(of(113)).isExactlyInstanceOf(RequestRejectedException.class);
        assertThat(of(4)).isExactlyInstanceOf(RequestRejectedException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 10, 15, 20, 152})
    void authenticationCodesBecomeAnAuthenticationException(int code) {
        assertThat(of(code)).isExactlyInstanceOf(AuthenticationException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {25, 110, 111, 112, 125, 130, 131, 132, 150, 151, 180, 181, 182, 185, 188, 190, 196, 198, 202})
    void requestCodesBecomeARejectedRequest(int code) {
        assertThat(of(code)).isExactlyInstanceOf(RequestRejectedException.class);
    }

    @Test
    void keepsOperationCodeAndServerMessage() {
        ApiException e = ApiException.of("get_batch_info", new ApiError(114, "bad words"));

        assertThat(e.operation()).isEqualTo("get_batch_info");
        assertThat(e.code()).isEqualTo(114);
        assertThat(e.serverMessage()).isEqualTo("bad words");
        assertThat(e.error().category()).isEqualTo(ErrorCategory.UNKNOWN);
        assertThat(e).hasMessageContaining("get_batch_info").hasMessageContaining("114").hasMessageContaining("bad words");
        assertThat(e).isInstanceOf(CapitalistException.class).isInstanceOf(RuntimeException.class);
    }

    @Test
    void transportFailuresSayWhetherTheRequestMayHaveArrived() {
        assertThat(new TransportException("get_token", "refused", false, null).mayHaveReachedServer()).isFalse();
        assertThat(new RequestTimeoutException("get_token", "timeout", null).mayHaveReachedServer()).isTrue();
    }

    @Test
    void anUnknownOutcomeKeepsThePaymentNumbersToReconcile() {
        OutcomeUnknownException e = new OutcomeUnknownException("import_batch_advanced", List.of("1", "2"),
                new RuntimeException("reset"));

        assertThat(e.paymentNumbers()).containsExactly("1", "2");
        assertThat(e).hasMessageContaining("not retried").hasMessageContaining("2 payment numbers");
    }
}
