package io.capitalist4j.adapter.cli;

import io.capitalist4j.domain.auth.KnownSecrets;
import io.capitalist4j.domain.auth.Printable;
import java.io.IOException;
import java.io.Writer;

/**
 * The last step before the terminal, on stdout and stderr alike: each line, whoever wrote it (a report, an
 * error, picocli's usage text), has the known secrets masked by value, card numbers masked and control characters
 * escaped before it is passed on. Lines are held until their line break, so that a secret or a card number split
 * over several writes is still seen whole; a flush passes on an unfinished line as it stands.
 */
final class SafeLines extends Writer {
    private static final boolean CRLF = "\r\n".equals(System.lineSeparator());

    private final Writer target;
    private final KnownSecrets secrets;
    private final StringBuilder line = new StringBuilder();

    SafeLines(Writer target, KnownSecrets secrets) {
        this.target = target;
        this.secrets = secrets;
    }

    @Override
    public synchronized void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            if (chars[i] == '\n') {
                pass(true);
            } else {
                line.append(chars[i]);
            }
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        if (line.length() > 0) {
            pass(false);
        }
        target.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        flush();
        target.close();
    }

    private void pass(boolean lineBreak) throws IOException {
        boolean carriageReturn = lineBreak && CRLF && line.length() > 0 && line.charAt(line.length() - 1) == '\r';
        if (carriageReturn) {
            line.setLength(line.length() - 1);
        }
        String text = Printable.of(secrets.mask(line.toString()));
        line.setLength(0);
        target.write(text);
        if (carriageReturn) {
            target.write('\r');
        }
        if (lineBreak) {
            target.write('\n');
        }
    }
}
