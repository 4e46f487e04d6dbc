package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.capitalist4j.adapter.csv.wire.WireOperation;
import io.capitalist4j.adapter.http.RawCall;
import io.capitalist4j.domain.api.RawAnswer;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code capitalist call OPERATION [NAME=VALUE]...}: any v1 operation by name, its answer printed as JSON. */
@Command(name = "call", mixinStandardHelpOptions = true,
        description = {"Call any v1 operation by name with your login and credentials, and print the server's answer "
                + "as JSON (code, message, data). For operations without a command of their own: profile, "
                + "registration, gcash_data, newer ones.",
                "Sent once, never repeated (an unknown operation may move money). A non-zero code ends with exit 1.",
                "Secret fields (" + CallCommand.SECRET_LIST + ") are never given as NAME=VALUE: set "
                        + EnvVars.FIELD_PREFIX + "<NAME> (upper case) and write the NAME alone."})
final class CallCommand implements Callable<Integer>, ApiOnly.V1 {
    static final String SECRET_LIST = "password, verification_data, code, sms_code, pin";
    /** Fields whose values are secrets: a value typed on the command line ends up in the shell history. */
    private static final Set<String> SECRETS = Set.of("password", "verification_data", "code", "sms_code", "pin");
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OPERATION", description = "The operation's wire name, e.g. register_invitee.")
    String operation;

    @Parameters(index = "1..*", paramLabel = "NAME=VALUE",
            description = "A form field, e.g. invitee_login=newuser; a secret field's NAME alone takes its value from $"
                    + EnvVars.FIELD_PREFIX + "<NAME>.")
    List<String> fields = new ArrayList<>();

    @Override
    public Integer call() {
        RootCommand root = RootCommand.of(spec);
        WireOperation.named(operation); // a bad name is refused before any session is opened
        Map<String, String> form = form(root);
        RawAnswer answer = OnceOnly.send(operation, "find out from its effect before calling it again", root,
                () -> root.session().client().blocking().call(operation, form));
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        envelope.put("code", answer.code());
        envelope.put("message", answer.message());
        envelope.set("data", parse(answer.data()));
        root.output().print(new Report() {
            @Override
            public void printTable(PrintWriter out) {
                try {
                    out.println(JSON.writeValueAsString(envelope));
                } catch (JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public JsonNode toJson(JsonNodeFactory json) {
                return envelope;
            }
        });
        return ExitCode.OK;
    }

    private Map<String, String> form(RootCommand root) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : fields) {
            int eq = field.indexOf('=');
            String name = eq < 0 ? field : field.substring(0, eq);
            String lower = name.toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                throw new BadInputException("a field is NAME=VALUE, e.g. invitee_login=newuser");
            }
            if (RawCall.RESERVED.contains(lower)) {
                throw new BadInputException(name + " is written by the tool from your login and credentials ("
                        + EnvVars.LOGIN + ", " + EnvVars.PASSWORD + " or --password-file); leave it out");
            }
            String variable = EnvVars.FIELD_PREFIX + name.toUpperCase(Locale.ROOT);
            if (SECRETS.contains(lower)) {
                if (eq >= 0) {
                    throw new BadInputException(name + " is a secret and is never given on the command line: set "
                            + variable + " and write " + name + " alone");
                }
                String value = root.terminal().variable(variable).orElseThrow(() ->
                        new BadInputException(name + " takes its value from " + variable + ", which is not set"));
                root.terminal().secrets().add(value);
                form.put(name, value);
            } else if (eq < 0) {
                throw new BadInputException("a field is NAME=VALUE: " + name + " has no '='");
            } else if (form.put(name, field.substring(eq + 1)) != null) {
                throw new BadInputException("the field " + name + " is given twice");
            }
        }
        return form;
    }

    private static JsonNode parse(String data) {
        try {
            return JSON.readTree(data);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
