package io.capitalist4j.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.domain.auth.KnownSecrets;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SafeLinesTest {

    @Test
    void aSecretOrACardNumberWrittenInPiecesIsStillMaskedWhole() {
        StringWriter target = new StringWriter();
        PrintWriter out = new PrintWriter(new SafeLines(target, new KnownSecrets().add("s3cret pass")), true);
        out.print("pw=s3cr");
        out.print("et pass card 4111 1111");
        out.println(" 1111 1111\u001b[2J");
        out.print("unfinished");
        out.flush();
        assertThat(target.toString()).isEqualTo("pw=*** card 4111 11** **** 1111\\x1b[2J\nunfinished");
    }
}
