package io.capitalist4j.adapter.cli;

import io.capitalist4j.adapter.csv.CsvCodecs;
import io.capitalist4j.application.port.out.ParsedBatch;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.batch.BatchLimits;
import io.capitalist4j.domain.batch.BatchValidationException;
import io.capitalist4j.domain.batch.LineProblem;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads batch files: strict UTF-8 (a wrong encoding is reported, never guessed), every bad line at once, streamed
 * so that a file of any size ends in a batch or in its problems within the batch limits' memory.
 */
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

    /**
     * The batch when the file is good, else every problem: the parser's per-line ones, or the batch rules'. The
     * file is read as it streams (strict UTF-8), so memory is bounded by the batch limits, not by the file.
     */
    static Check check(Path file) {
        ParsedBatch parsed = parse(file);
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

    private static ParsedBatch parse(Path file) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader in = new InputStreamReader(Files.newInputStream(file), strict)) {
            return CsvCodecs.parseBatch(in);
        } catch (NoSuchFileException e) {
            throw new BadInputException("no such file: " + file);
        } catch (CharacterCodingException e) {
            throw new BadInputException(file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getClass().getSimpleName());
        }
    }

    /** The outcome of {@link #check}: a batch or its problems, never both. */
    record Check(Optional<Batch> batch, List<LineProblem> problems) {
        Check {
            problems = List.copyOf(problems);
        }
    }

    /** The batch, or a {@link BatchValidationException} naming every bad line and field. */
    static Batch load(Path file) {
        return parse(file).toBatch(BatchLimits.DEFAULT);
    }
}
