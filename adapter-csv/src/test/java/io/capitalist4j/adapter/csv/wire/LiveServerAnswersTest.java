package io.capitalist4j.adapter.csv.wire;

import static io.capitalist4j.adapter.csv.wire.Fixtures.bytes;
import static io.capitalist4j.adapter.csv.wire.Fixtures.failed;
import static io.capitalist4j.adapter.csv.wire.Fixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.csv.ResponseFormat;
import io.capitalist4j.domain.account.AccountsOverview;
import io.capitalist4j.domain.error.ApiError;
import io.capitalist4j.domain.error.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the live server of 2026 sends (reference §14), read whatever format was asked for or named. */
class LiveServerAnswersTest {

    private static final ApiError CODE_4 = new ApiError(4, "Only x-response-format=json is available.");

    @ParameterizedTest
    @EnumSource(ResponseFormat.class)
    void theCode4RefusalIsReadAsAnApiErrorByEveryOperationWhateverFormatWasAsked(ResponseFormat asked) {
        byte[] body = bytes("error-4-json-only.json");
        for (WireOperation<?> operation : WireOperation.all()) {
            WireResult.Failed<?> failed = failed(operation.decoder(asked).decode(body));

            assertThat(failed.error()).as("%s asked in %s", operation, asked).isEqualTo(CODE_4);
            assertThat(failed.error().known()).contains(ErrorCode.ONLY_JSON_AVAILABLE);
            assertThat(failed.detail()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uFEFF", " ", "\r\n", "\t \n"})
    void aJsonEnvelopeAfterABomOrBlanksIsStillReadAsOne(String prefix) {
        byte[] body = (prefix + new String(bytes("error-4-json-only.json"), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);

        assertThat(failed(WireCodecs.accounts(ResponseFormat.CSV).decode(body)).error()).isEqualTo(CODE_4);
    }

    @Test
    void aSuccessfulJsonAnswerReadWhereCsvOrJsonLiteWasExpectedGivesTheJsonValue() {
        AccountsOverview json = ok(WireCodecs.accounts(ResponseFormat.JSON).decode(bytes("get_accounts.json")));

        AccountsOverview asCsv = ok(WireCodecs.accounts(ResponseFormat.CSV).decode(bytes("get_accounts.json")));
        AccountsOverview asLite = ok(WireCodecs.accounts(ResponseFormat.JSON_LITE).decode(bytes("get_accounts.json")));

        assertThat(json.accounts()).isNotEmpty();
        assertThat(asCsv).isEqualTo(json);
        assertThat(asLite).isEqualTo(json);
    }

    @Test
    void aCsvAnswerIsNeverMistakenForJson() {
        assertThat(FormatDecoder.isJsonObject(bytes("get_accounts.csv"))).isFalse();
        assertThat(FormatDecoder.isJsonObject(bytes("error-16.csv"))).isFalse();
        assertThat(FormatDecoder.isJsonObject(new byte[0])).isFalse();
        assertThat(FormatDecoder.isJsonObject(bytes("error-4-json-only.json"))).isTrue();
        assertThat(failed(WireCodecs.accounts(ResponseFormat.CSV).decode(bytes("error-16.csv"))).error().code())
                .isEqualTo(16);
    }

    @Test
    void csvGetTokenWithTheOneLinePemGivesThePemBackOnItsLines() {
        TokenGrant grant = ok(WireCodecs.token(ResponseFormat.CSV).decode(bytes("get_token-one-line-pem.csv")));

        List<String> lines = Arrays.asList(grant.key().pkcs1Pem().split("\n", -1));
        assertThat(grant.key().modulusHex()).hasSize(256).startsWith("a3faa98a");
        assertThat(lines.get(0)).isEqualTo("-----BEGIN RSA PUBLIC KEY-----");
        assertThat(lines.get(lines.size() - 2)).isEqualTo("-----END RSA PUBLIC KEY-----");
        assertThat(lines.get(lines.size() - 1)).isEmpty();
        List<String> body = lines.subList(1, lines.size() - 2);
        assertThat(body).hasSize(3);
        assertThat(body.get(0)).hasSize(64).startsWith("MIGJAoGBAOhnROMuTv");
        assertThat(body.get(1)).hasSize(64);
        assertThat(body.get(2)).isEqualTo("vNwC4HaKrdqVq5zhVJK0xXWIJp0fsQE7Ssis7N8WiX4mqdljsY4TAgMBAAE=");
        byte[] der = Base64.getDecoder().decode(String.join("", body));
        assertThat(der).hasSize(140);
        assertThat(der[0]).isEqualTo((byte) 0x30);
    }

    @Test
    void aPemThatIsAlreadyOnItsLinesOrIsNotAPemIsKeptAsItCame() {
        String pem = "-----BEGIN RSA PUBLIC KEY-----\nMIGJAoGB\n-----END RSA PUBLIC KEY-----\n";

        assertThat(TokenCodec.multiLine(pem)).isSameAs(pem);
        assertThat(TokenCodec.multiLine("")).isEmpty();
        assertThat(TokenCodec.multiLine("not a pem")).isEqualTo("not a pem");
        assertThat(TokenCodec.multiLine("-----BEGIN RSA PUBLIC KEY-----MIGJ")).isEqualTo("-----BEGIN RSA PUBLIC KEY-----MIGJ");
    }
}
