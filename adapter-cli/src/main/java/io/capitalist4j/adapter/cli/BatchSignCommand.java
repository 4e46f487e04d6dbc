package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.domain.batch.BatchText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code capitalist batch sign FILE --key KEYFILE}: the signature import_batch_advanced expects for these bytes. */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = {"Print the Base64 SHA1withRSA signature of the file's exact bytes.",
                "An encrypted key file is opened with the login and $" + EnvVars.KEY_PASSWORD + "."})
final class BatchSignCommand implements Callable<Integer>, ApiOnly.V1 {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to sign, byte for byte.")
    Path file;

    @Option(names = "--key", paramLabel = "KEYFILE",
            description = "Certificate key: PEM or Capitalist encrypted key file (with --sandbox: the sandbox key).")
    Path key;

    @Option(names = "--key-login", paramLabel = "LOGIN",
            description = "Login that opens an encrypted key file (default: --login / $" + EnvVars.LOGIN + ").")
    String keyLogin;

    @Override
    public Integer call() {
        RootCommand root = RootCommand.of(spec);
        byte[] bytes = BatchFiles.bytes(file);
        // Decoding strictly and signing the text's UTF-8 gives back exactly the file's bytes.
        BatchText text = BatchText.of(BatchFiles.decode(file, bytes));
        String signature = BouncyCastleSigning.sign(SigningKeys.find(root, Optional.ofNullable(key), Optional.ofNullable(keyLogin)), text);
        root.output().print(new Signed(file, bytes.length, signature));
        return ExitCode.OK;
    }

    private static final class Signed implements Report {
        private final Path file;
        private final int size;
        private final String signature;

        Signed(Path file, int size, String signature) {
            this.file = file;
            this.size = size;
            this.signature = signature;
        }

        @Override
        public void printTable(PrintWriter out) {
            out.println(signature);
        }

        @Override
        public JsonNode toJson(JsonNodeFactory json) {
            return json.objectNode().put("file", file.toString()).put("bytes", size).put("algorithm", "SHA1withRSA")
                    .put("signature", signature);
        }
    }
}
