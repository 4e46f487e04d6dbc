package io.capitalist4j.domain.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorCodeTest {

    /**
     * The published v1 error table, written out here independently of the enum, plus the two codes observed
     * outside it: 4 (the live server is JSON-only) and 113 ("bad words").
     */
    private static final List<Integer> PUBLISHED = List.of(0, 1, 2, 4, 5, 10, 15, 16, 20, 25, 110, 111, 112, 113, 125, 130,
            131, 132, 135, 150, 151, 152, 170, 180, 181, 182, 185, 186, 187, 188, 190, 191, 192, 193, 194, 195, 196,
            197, 198, 200, 202);

    @Test
    void everyPublishedCodeIsInTheCatalogueAndNothingElse() {
        Set<Integer> catalogue = Arrays.stream(ErrorCode.values()).map(ErrorCode::code).collect(Collectors.toSet());

        assertThat(catalogue).containsExactlyInAnyOrderElementsOf(PUBLISHED);
        assertThat(ErrorCode.values()).hasSize(PUBLISHED.size());
        for (int code : PUBLISHED) {
            assertThat(ErrorCode.of(code)).as("code %d", code).hasValueSatisfying(c -> assertThat(c.code()).isEqualTo(code));
        }
    }

    @Test
    void theCodesCarryTheirPublishedMeaning() {
        assertThat(ErrorCode.of(0)).contains(ErrorCode.OK);
        assertThat(ErrorCode.of(16).orElseThrow().meaning()).contains("30 minutes");
        assertThat(ErrorCode.of(20).orElseThrow().meaning()).isEqualTo("Invalid authentication token");
        assertThat(ErrorCode.of(111).orElseThrow().meaning()).contains("invalid characters");
        assertThat(ErrorCode.of(112).orElseThrow().meaning()).contains("number of records");
        assertThat(ErrorCode.of(135).orElseThrow().meaning()).isEqualTo("Insufficient funds for operations");
        assertThat(ErrorCode.of(202).orElseThrow().meaning()).isEqualTo("Wrong request params");
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void everyCodeHasAMeaningAndACategory(ErrorCode code) {
        assertThat(code.meaning()).isNotBlank();
        assertThat(code.category()).isNotNull().isNotEqualTo(ErrorCategory.UNKNOWN);
        assertThat(code.category() == ErrorCategory.NONE).isEqualTo(code.code() == 0);
    }

    @Test
    void categoriesFollowWhoCanFixTheFailure() {
        assertThat(ErrorCode.of(5).orElseThrow().category()).isEqualTo(ErrorCategory.AUTHENTICATION);
        assertThat(ErrorCode.of(15).orElseThrow().category()).isEqualTo(ErrorCategory.AUTHENTICATION);
        assertThat(ErrorCode.of(110).orElseThrow().category()).isEqualTo(ErrorCategory.VERIFICATION);
        assertThat(ErrorCode.of(111).orElseThrow().category()).isEqualTo(ErrorCategory.BATCH_FORMAT);
        assertThat(ErrorCode.of(135).orElseThrow().category()).isEqualTo(ErrorCategory.FUNDS);
        assertThat(ErrorCode.of(190).orElseThrow().category()).isEqualTo(ErrorCategory.FEE);
        assertThat(ErrorCode.of(1).orElseThrow().category()).isEqualTo(ErrorCategory.SYSTEM);
    }

    @Test
    void code4IsARefusalOfTheFormatThatNoRetryCanHelp() {
        ErrorCode code = ErrorCode.of(4).orElseThrow();

        assertThat(code).isEqualTo(ErrorCode.ONLY_JSON_AVAILABLE);
        assertThat(code.meaning()).isEqualTo("Only JSON answers are available");
        assertThat(code.category()).isEqualTo(ErrorCategory.REQUEST_REJECTED);
        assertThat(code.retryable()).isFalse();
        assertThat(code.uploadMayHaveCreatedBatch()).isFalse();
    }

    @Test
    void code113IsARefusalOfTheContent() {
        ApiError error = new ApiError(113, "bad words");

        assertThat(error.known()).contains(ErrorCode.CONTENT_REFUSED);
        assertThat(error.category()).isEqualTo(ErrorCategory.BATCH_FORMAT);
        assertThat(error.retryable()).isFalse();
        assertThat(ErrorCode.CONTENT_REFUSED.uploadMayHaveCreatedBatch()).isFalse();
        assertThat(ApiException.of("import_batch_advanced", error)).isExactlyInstanceOf(RequestRejectedException.class);
    }

    @Test
    void onlyTransientFailuresAreRetryable() {
        assertThat(ErrorCode.of(187).orElseThrow().retryable()).isTrue();
        assertThat(ErrorCode.of(20).orElseThrow().retryable()).isTrue();
        assertThat(ErrorCode.of(15).orElseThrow().retryable()).isFalse();
        assertThat(ErrorCode.of(111).orElseThrow().retryable()).isFalse();
        assertThat(ErrorCode.of(135).orElseThrow().retryable()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {114, 3, 999, -1, 201, 210})
    void anUnknownCodeIsKeptAsItCame(int code) {
        ApiError error = new ApiError(code, "bad words");

        assertThat(ErrorCode.of(code)).isEmpty();
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.message()).isEqualTo("bad words");
        assertThat(error.known()).isEmpty();
        assertThat(error.category()).isEqualTo(ErrorCategory.UNKNOWN);
        assertThat(error.retryable()).isFalse();
    }

    @Test
    void aKnownCodeTakesItsCategoryFromTheCatalogue() {
        ApiError error = new ApiError(135, "Недостаточно средств");
        assertThat(error.known()).contains(ErrorCode.INSUFFICIENT_FUNDS);
        assertThat(error.category()).isEqualTo(ErrorCategory.FUNDS);
    }
}
