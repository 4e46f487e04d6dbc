package io.capitalist4j.adapter.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.capitalist4j.domain.batch.BatchText;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class SignaturePropertiesTest {

    private static final CertificateKey KEY = Vectors.clientKey();
    private static final RSAPublicKey PUBLIC = KEY.publicKey();

    /** Batch-like text: ASCII, line breaks and Cyrillic (U+0400–U+04FF) mixed. */
    private static Gen<String> batchTexts() {
        Gen<String> latin = strings().betweenCodePoints(0x0A, 0x7E).ofLengthBetween(1, 200);
        Gen<String> mixed = strings().betweenCodePoints(0x0A, 0x4FF).ofLengthBetween(1, 200);
        Gen<String> cyrillic = strings().betweenCodePoints(0x400, 0x4FF).ofLengthBetween(1, 200);
        return latin.mix(mixed).mix(cyrillic);
    }

    @Test
    void everySignedBatchVerifiesOverItsUtf8Bytes() {
        qt().withExamples(60).forAll(batchTexts()).checkAssert(text -> {
            String signature = BouncyCastleSigning.sign(KEY, BatchText.of(text));
            assertThat(verifies(PUBLIC, text.getBytes(StandardCharsets.UTF_8), signature))
                    .isTrue();
        });
    }

    @Test
    void changingAnyByteOfTheTextBreaksTheSignature() {
        qt().withExamples(50).forAll(batchTexts(), integers().allPositive(), integers().between(1, 255))
                .checkAssert((text, position, mask) -> {
                    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                    String signature = BouncyCastleSigning.sign(KEY, BatchText.of(text));
                    bytes[position % bytes.length] ^= mask.byteValue();
                    assertThat(verifies(PUBLIC, bytes, signature)).isFalse();
                });
    }

    @Test
    void changingAnyByteOfTheSignatureBreaksIt() {
        qt().withExamples(50).forAll(batchTexts(), integers().allPositive(), integers().between(1, 255))
                .checkAssert((text, position, mask) -> {
                    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                    byte[] signature = Base64.getDecoder().decode(BouncyCastleSigning.sign(KEY, BatchText.of(text)));
                    signature[position % signature.length] ^= mask.byteValue();
                    assertThat(verifies(
                            PUBLIC, bytes, Base64.getEncoder().encodeToString(signature))).isFalse();
                });
    }

    @Test
    void theStreamedBytesAreExactlyStringGetBytesEvenForLoneSurrogatesAndLongTexts() {
        // a generated fragment of any code points (lone surrogates included) placed at a random offset,
        // so that it often straddles a chunk boundary
        qt().withExamples(80)
                .forAll(strings().allPossible().ofLengthBetween(0, 300), integers().between(0, Utf8Chunks.CHUNK_CHARS * 2))
                .checkAssert((fragment, offset) -> {
                    String text = "ä".repeat(offset) + fragment + fragment;
                    assertThat(streamed(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
                });
    }

    @Test
    void aSurrogatePairSplitAcrossTwoChunksIsEncodedAsOneCharacter() {
        String emoji = "\uD83D\uDCB8"; // money with wings
        for (int shift = -2; shift <= 2; shift++) {
            String text = "a".repeat(Utf8Chunks.CHUNK_CHARS - 1 + shift) + emoji + "Оплата".repeat(3000) + "\uD83D";
            assertThat(streamed(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aMultiMegabyteBatchIsSignedExactlyAsTheJdkSignsItsFullByteArray() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int line = 0; text.length() < 3_000_000; line++) {
            text.append("RUCARD;4276380079956881;").append(line).append(".00;RUR;").append(line)
                    .append(";Выплата партнёру \uD83D\uDCB8\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        java.security.Signature jdk = java.security.Signature.getInstance("SHA1withRSA");
        jdk.initSign(java.security.KeyFactory.getInstance("RSA").generatePrivate(
                new java.security.spec.PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(
                        Vectors.text("client-key-pkcs8.pem").replaceAll("-----[A-Z ]+-----", "")))));
        jdk.update(bytes);

        assertThat(BouncyCastleSigning.sign(KEY, BatchText.of(text.toString())))
                .isEqualTo(Base64.getEncoder().encodeToString(jdk.sign()));
    }

    private static boolean verifies(RSAPublicKey key, byte[] data, String signature) {
        return BankHalf.verifies(key, data, signature);
    }

    private static byte[] streamed(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Utf8Chunks.stream(text, out::write);
        return out.toByteArray();
    }
}
