package io.capitalist4j.benchmarks;

import io.capitalist4j.adapter.csv.BatchFormatOptions;
import io.capitalist4j.adapter.csv.CsvCodecs;
import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.adapter.signing.CertificateKey;
import io.capitalist4j.application.port.out.BatchFormatPort;
import io.capitalist4j.application.port.out.VerificationPort;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.batch.BatchLimits;
import io.capitalist4j.domain.batch.BatchText;
import io.capitalist4j.domain.batch.Verification;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * P1: a whole batch from the application's rows to the signed text — build the order records, validate the
 * batch, render it and sign it — against the floor any signed upload pays: SHA-1 over the same UTF-8 bytes
 * and one RSA-2048 signature (the JDK's SHA1withRSA, which uses the CPU's SHA instructions where present).
 * Score: batches per second; the reporter multiplies by {@code records}.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BatchBenchmark {

    @Param({"1000", "100000"})
    public int records;

    PayoutRows rows;
    BatchLimits limits;
    BatchFormatPort format;
    VerificationPort signature;
    KeyPair jdkKeys;
    /** The exact bytes our path signs, made once: the floor hashes these. */
    byte[] textBytes;

    @Setup
    public void setUp() throws GeneralSecurityException {
        rows = PayoutRows.generate(records, 7L);
        limits = new BatchLimits(Math.max(BatchLimits.DEFAULT_MAX_RECORDS, records));
        format = CsvCodecs.batchFormat(BatchFormatOptions.defaults().withLimits(limits));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        jdkKeys = generator.generateKeyPair();
        // one RSA key for both sides, so the two paths do the same private-key operation
        signature = BouncyCastleSigning.signatureVerification(certificateKey(jdkKeys));
        textBytes = format.render(Batch.of(rows.toOrders(), limits)).utf8();
    }

    static CertificateKey certificateKey(KeyPair keys) {
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        return BouncyCastleSigning.readKey(pem, "benchmark key");
    }

    /** Rows to a signed batch text, as {@code CapitalistClient.submit} does before the upload. */
    @Benchmark
    public Verification ours() {
        Batch batch = Batch.of(rows.toOrders(), limits);
        BatchText text = format.render(batch);
        return signature.verificationFor(text);
    }

    @Benchmark
    public byte[] floor() throws GeneralSecurityException {
        Signature sha1WithRsa = Signature.getInstance("SHA1withRSA");
        sha1WithRsa.initSign(jdkKeys.getPrivate());
        sha1WithRsa.update(textBytes);
        return sha1WithRsa.sign();
    }
}
