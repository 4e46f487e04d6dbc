package io.capitalist4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.multipart.MultipartForm;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * A client written only from the protocol reference: Vert.x WebClient posting forms, Jackson for JSON and
 * plain string handling for CSV, the JDK for RSA. It shares nothing with the code under test.
 */
final class RawClient implements AutoCloseable {

    record Answer(int status, String format, String body) {
        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        int code() {
            return json().get("code").asInt();
        }

        JsonNode data() {
            return json().get("data");
        }

        String[] csvLines() {
            return body.split("\n", -1);
        }
    }

    static final ObjectMapper MAPPER = new ObjectMapper();

    private final Vertx vertx = Vertx.vertx();
    private final WebClient web = WebClient.create(vertx);
    private final URI uri;

    RawClient(URI uri) {
        this.uri = uri;
    }

    Answer post(String format, Map<String, String> params) {
        MultiMap form = MultiMap.caseInsensitiveMultiMap();
        params.forEach(form::add);
        var request = web.requestAbs(HttpMethod.POST, uri.toString());
        if (format != null) {
            request.putHeader("x-response-format", format);
        }
        return await(request.sendForm(form, "UTF-8"));
    }

    Answer postMultipart(String format, Map<String, String> params) {
        MultipartForm form = MultipartForm.create();
        params.forEach(form::attribute);
        var request = web.requestAbs(HttpMethod.POST, uri.toString()).putHeader("x-response-format", format);
        return await(request.sendMultipartForm(form));
    }

    Answer get(String format, String query) {
        var request = web.requestAbs(HttpMethod.GET, uri + "?" + query);
        if (format != null) {
            request.putHeader("x-response-format", format);
        }
        return await(request.send());
    }

    Answer json(Map<String, String> params) {
        return post("json", params);
    }

    private static Answer await(io.vertx.core.Future<HttpResponse<io.vertx.core.buffer.Buffer>> f) {
        HttpResponse<io.vertx.core.buffer.Buffer> r = f.toCompletionStage().toCompletableFuture().join();
        String body = r.body() == null ? "" : r.body().toString(StandardCharsets.UTF_8);
        return new Answer(r.statusCode(), r.getHeader("x-response-format"), body);
    }

    static Map<String, String> params(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    /** params plus login and plain_password of the sandbox user. */
    static Map<String, String> plain(String operation, String... kv) {
        Map<String, String> m = params("operation", operation, "login", SandboxIdentity.LOGIN,
                "plain_password", SandboxIdentity.PASSWORD);
        m.putAll(params(kv));
        return m;
    }

    // ------------------------------------------------------------------ crypto with the JDK only

    static String encryptPassword(String modulusHex, String exponentHex, String password, boolean upperCase) {
        try {
            var key = KeyFactory.getInstance("RSA").generatePublic(
                    new RSAPublicKeySpec(new BigInteger(modulusHex, 16), new BigInteger(exponentHex, 16)));
            Cipher c = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            c.init(Cipher.ENCRYPT_MODE, key);
            HexFormat hex = upperCase ? HexFormat.of().withUpperCase() : HexFormat.of();
            return hex.formatHex(c.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static PrivateKey sandboxPrivateKey() {
        try (PEMParser p = new PEMParser(new StringReader(SandboxIdentity.privateKeyPem()))) {
            return new JcaPEMKeyConverter().getKeyPair((PEMKeyPair) p.readObject()).getPrivate();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static String sign(String batch) {
        try {
            Signature s = Signature.getInstance("SHA1withRSA");
            s.initSign(sandboxPrivateKey());
            s.update(batch.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
