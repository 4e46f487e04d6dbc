package io.capitalist4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.csv.CsvCodecs;
import io.capitalist4j.application.port.out.BatchFormatPort;
import io.capitalist4j.application.port.out.ParsedBatch;
import io.capitalist4j.domain.batch.LineProblem;
import io.capitalist4j.domain.payment.Field;
import io.capitalist4j.domain.payment.Opcode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Holds the sandbox's own layout table ({@link UploadLayouts}) against the client's (read through its public
 * batch format and {@code PaymentOrder.fields()}) and against every example line of the reference §7. The two
 * tables are written apart on purpose; this test is where a mistake in either shows.
 */
class BatchLayoutAgreementTest {

    private static final BatchFormatPort CLIENT = CsvCodecs.batchFormat();

    /** A value each check accepts, within every opcode's limits; an account in the currency below. */
    private static final Map<FieldCheck, String> GOOD = Map.ofEntries(
            Map.entry(FieldCheck.ANY, ""), Map.entry(FieldCheck.TEXT, "Text"),
            Map.entry(FieldCheck.ACCOUNT, "R0000002"), Map.entry(FieldCheck.CARD, Orders.CARD),
            Map.entry(FieldCheck.PHONE, "79030001122"), Map.entry(FieldCheck.PURSE, "Z112224443331"),
            Map.entry(FieldCheck.CPF, "06971135800"), Map.entry(FieldCheck.EMAIL, "ivan@example.com"),
            Map.entry(FieldCheck.AMOUNT, "1000.00"), Map.entry(FieldCheck.CURRENCY, "RUR"),
            Map.entry(FieldCheck.SBP_BANK, "Sberbank"), Map.entry(FieldCheck.DATE, "1990-01-31"),
            Map.entry(FieldCheck.DATE_OR_EMPTY, ""), Map.entry(FieldCheck.COUNTRY, "DE"),
            Map.entry(FieldCheck.COUNTRY_OR_EMPTY, ""), Map.entry(FieldCheck.MONTH, "07"),
            Map.entry(FieldCheck.YEAR, "2030"), Map.entry(FieldCheck.DAYS, "30"));

    @Test
    void everyExampleLineOfTheReferenceIsReadAlikeByBothTablesAsTheReferenceSays() {
        List<String[]> examples = examples();
        assertThat(examples).hasSize(9);
        for (String[] example : examples) {
            String expected = example[0];
            String line = example[1];
            List<String> fields = UploadReader.fields(line);
            UploadLayouts.Layout layout = UploadLayouts.of(fields.get(0)).orElseThrow(() ->
                    new AssertionError("the sandbox has no layout for the example " + line));
            assertThat(layout.fieldCounts()).as(line).contains(fields.size());

            UploadLine fake = UploadReader.read(1, line);
            ParsedBatch client = CLIENT.parse(line);
            if (expected.equals("ok")) {
                assertThat(fake.problem()).as("sandbox on %s", line).isEmpty();
                assertThat(client.problems()).as("client on %s", line).isEmpty();
                assertSameFields(layout, fields, client);
            } else {
                String field = expected.substring("refused ".length());
                assertThat(fake.refusedField()).as("sandbox on %s", line).isEqualTo(field);
                assertThat(client.problems()).as("client on %s", line).extracting(LineProblem::field).containsExactly(field);
            }
        }
    }

    @Test
    void theSandboxTableHasEveryOpcodeTheClientKnowsAndNoOther() {
        assertThat(UploadLayouts.all()).extracting(UploadLayouts.Layout::opcode)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Opcode.values()).map(Opcode::name)
                        .collect(Collectors.toList()));
    }

    @Test
    void aGoodLineOfEveryLayoutGivesTheSameFieldNamesAndValuesOnBothSides() {
        for (UploadLayouts.Layout layout : UploadLayouts.all()) {
            for (int count : layout.fieldCounts()) {
                List<String> fields = goodLine(layout, count);
                String line = String.join(";", fields);

                UploadLine fake = UploadReader.read(1, line);
                ParsedBatch client = CLIENT.parse(line);

                assertThat(fake.problem()).as("sandbox on %s", line).isEmpty();
                assertThat(client.problems()).as("client on %s", line).isEmpty();
                assertSameFields(layout, fields, client);
            }
        }
    }

    @Test
    void aBlankRequiredFieldIsRefusedByBothSidesNamingTheSameField() {
        for (UploadLayouts.Layout layout : UploadLayouts.all()) {
            int count = layout.fieldCounts().get(layout.fieldCounts().size() - 1);
            for (int i = 1; i < count; i++) {
                FieldCheck check = layout.columns().get(i).check();
                if (check == FieldCheck.ANY || check == FieldCheck.DATE_OR_EMPTY || check == FieldCheck.COUNTRY_OR_EMPTY) {
                    continue;
                }
                List<String> fields = goodLine(layout, count);
                fields.set(i, "");
                String line = String.join(";", fields);
                String name = layout.columns().get(i).name();

                assertThat(UploadReader.read(1, line).refusedField()).as("sandbox on %s", line).isEqualTo(name);
                assertThat(CLIENT.parse(line).problems()).as("client on %s", line)
                        .extracting(LineProblem::field).containsExactly(name);
            }
        }
    }

    private static void assertSameFields(UploadLayouts.Layout layout, List<String> fields, ParsedBatch client) {
        assertThat(client.orders()).hasSize(1);
        List<Field> clientFields = client.orders().get(0).order().fields();
        List<String> names = layout.columns().subList(0, fields.size()).stream().map(UploadLayouts.Column::name)
                .collect(Collectors.toList());
        assertThat(clientFields).extracting(Field::name).as("names of %s", fields).containsExactlyElementsOf(names);
        // the amount comes back at its currency's scale ("1.1" USD is "1.10"): same number, same place
        assertThat(clientFields.stream().map(f -> comparable(f.name(), f.value())).collect(Collectors.toList()))
                .as("values of %s", fields)
                .containsExactlyElementsOf(names.stream().map(n -> comparable(n, fields.get(names.indexOf(n))))
                        .collect(Collectors.toList()));
        UploadLine fake = UploadReader.read(1, String.join(";", fields));
        assertThat(fake.order().orElseThrow().fields()).as("the sandbox's order of %s", fields)
                .isEqualTo(clientFields);
    }

    private static String comparable(String name, String value) {
        return name.equals("amount") ? new BigDecimal(value).stripTrailingZeros().toPlainString() : value;
    }

    private static List<String> goodLine(UploadLayouts.Layout layout, int count) {
        List<String> fields = new ArrayList<>();
        fields.add(layout.opcode());
        for (int i = 1; i < count; i++) {
            fields.add(GOOD.get(layout.columns().get(i).check()));
        }
        return fields;
    }

    private static List<String[]> examples() {
        try (InputStream in = BatchLayoutAgreementTest.class.getResourceAsStream("reference-7-examples.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\\|", 2))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
