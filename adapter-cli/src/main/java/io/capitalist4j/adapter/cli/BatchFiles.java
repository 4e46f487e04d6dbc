package io.capitalist4j.adapter.cli;

import io.capitalist4j.application.port.out.BatchFormatPort;
import io.capitalist4j.application.port.out.ParsedBatch;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.batch.BatchLimits;
import io.capitalist4j.domain.batch.BatchValidationException;
import io.capitalist4j.domain.batch.LineProblem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads batch files: strict UTF-8 (a wrong encoding is reported, never guessed), every bad line at once. */
final class BatchFiles {

    private BatchFiles() {
    }

    /** The exact bytes of the file. */
    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException("no such file: " + file);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getClass().getSimpleName());
        }
    }

    /** The file's text; bytes that are not UTF-8 are bad input, not replaced. */
    static String text(Path file) {
        return decode(file, bytes(file));
    }

    static String decode(Path file, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(file + " is not UTF-8 text");
        }
    }

    /** The batch when the file is good, else every problem: the parser's per-line ones, or the batch rules'. */
    static Check check(BatchFormatPort format, Path file) {
        ParsedBatch parsed = format.parse(text(file));
        if (!parsed.isValid()) {
            return new Check(Optional.empty(), parsed.problems());
        }
        try {
            return new Check(Optional.of(parsed.toBatch(BatchLimits.DEFAULT)), List.of());
        } catch (BatchValidationException e) {
            return new Check(Optional.empty(), e.problems());
        } catch (IllegalArgumentException e) {
            return new Check(Optional.empty(), List.of(new LineProblem(1, "file", e.getMessage())));
        }
    }

    /** The outcome of {@link #check}: a batch or its problems, never both. */
    record Check(Optional<Batch> batch, List<LineProblem> problems) {
        Check {
            problems = List.copyOf(problems);
        }
    }

    /** The batch, or a {@link BatchValidationException} naming every bad line and field. */
    static Batch load(BatchFormatPort format, Path file) {
        return format.parse(text(file)).toBatch(BatchLimits.DEFAULT);
    }
}
