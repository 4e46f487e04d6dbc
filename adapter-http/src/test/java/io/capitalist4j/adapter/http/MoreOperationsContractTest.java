package io.capitalist4j.adapter.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.capitalist4j.adapter.csv.ResponseFormat;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.account.CreatedAccount;
import io.capitalist4j.domain.account.NewAccount;
import io.capitalist4j.domain.api.RawAnswer;
import io.capitalist4j.domain.document.PaymentNotification;
import io.capitalist4j.domain.error.HttpStatusException;
import io.capitalist4j.domain.error.RequestRejectedException;
import io.capitalist4j.domain.money.Currency;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * create_account (§6.12), add_payment_notification (§6.14) and an operation called by name against a WireMock
 * stub: the exact request, what the client makes of each canned answer, and that none is ever sent twice.
 */
class MoreOperationsContractTest {

    private static final String LOGIN = "api-user";
    private static final String PASSWORD = "pa55-Пароль+&=";

    private WireMockServer server;
    private CapitalistHttpApi api;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        api = TestSupport.plainApi(server, LOGIN, PASSWORD, o -> o
                .format(ResponseFormat.CSV)
                // reads would be repeated twice: these operations must still be sent once
                .readRetries(2));
    }

    @AfterEach
    void stop() {
        api.close();
        server.stop();
    }

    @Test
    void createAccountSendsTheNameAndCurrencyAsTheReferenceSpellsThem() throws Exception {
        answer("csv", "0;R0100419;RUR;\"Test API account\"");

        CreatedAccount created = await(api.createAccount(new NewAccount(Currency.RUR, "Test API account")));

        assertThat(created).isEqualTo(new CreatedAccount(AccountNumber.of("R0100419"), Currency.RUR, "Test API account"));
        LoggedRequest request = onlyRequest();
        assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(request.getHeader("x-response-format")).isEqualTo("csv");
        assertThat(request.getBodyAsString()).isEqualTo("operation=create_account&login=api-user"
                + "&account_name=Test+API+account&account_currency=RUR&plain_password=" + encoded(PASSWORD));
    }

    @Test
    void createAccountIsNotSentAgainAfterA5xx() {
        server.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(502).withBody("bad gateway")));

        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> await(api.createAccount(new NewAccount(Currency.USD, "x"))));

        assertThat(failed.getCause()).isInstanceOf(HttpStatusException.class);
        assertThat(server.findAll(postRequestedFor(urlEqualTo("/")))).hasSize(1);
    }

    @Test
    void addPaymentNotificationSendsDocumentChannelAddressAndLanguage() throws Exception {
        answer("csv", "0;");

        String message = await(api.addPaymentNotification(new PaymentNotification("51000003",
                PaymentNotification.Channel.SMS, "+79001234567", PaymentNotification.Language.EN)));

        assertThat(message).isEqualTo("");
        assertThat(onlyRequest().getBodyAsString()).isEqualTo("operation=add_payment_notification&login=api-user"
                + "&document=51000003&channel=SMS&address=%2B79001234567&language=en&plain_password=" + encoded(PASSWORD));
    }

    @Test
    void addPaymentNotificationRefusedFailsWithTheCode() {
        answer("json", "{\"code\":202,\"message\":\"Wrong request params\",\"data\":[]}");

        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> await(api.addPaymentNotification(new PaymentNotification("1", PaymentNotification.Channel.EMAIL,
                        "a@b.example", PaymentNotification.Language.RU))));

        assertThat(failed.getCause()).isInstanceOf(RequestRejectedException.class);
        assertThat(((RequestRejectedException) failed.getCause()).code()).isEqualTo(202);
        assertThat(((RequestRejectedException) failed.getCause()).operation()).isEqualTo("add_payment_notification");
    }

    @Test
    void anOperationByNameSendsItsFieldsInOrderAsksForJsonAndKeepsTheDataRaw() throws Exception {
        answer("json", "{\"code\":0,\"message\":\"OK\",\"data\":{\"username\":\"u1\",\"n\":1.50}}");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("invitee_login", "u1");
        fields.put("invitee_email", "u1@example.com");
        fields.put("invitee_nickname", "Ник & co");

        RawAnswer answer = await(api.callRaw("register_invitee", fields));

        assertThat(answer).isEqualTo(new RawAnswer("register_invitee", 0, "OK", "{\"username\":\"u1\",\"n\":1.50}"));
        LoggedRequest request = onlyRequest();
        assertThat(request.getHeader("x-response-format")).isEqualTo("json");
        assertThat(request.getBodyAsString()).isEqualTo("operation=register_invitee&login=api-user"
                + "&invitee_login=u1&invitee_email=u1%40example.com&invitee_nickname=" + encoded("Ник & co")
                + "&plain_password=" + encoded(PASSWORD));
    }

    @Test
    void anOperationByNameIsNotSentAgainAfterA5xx() {
        server.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(503).withBody("busy")));

        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> await(api.callRaw("gcash_data", Map.of())));

        assertThat(failed.getCause()).isInstanceOf(HttpStatusException.class);
        assertThat(server.findAll(postRequestedFor(urlEqualTo("/")))).hasSize(1);
    }

    @Test
    void anOperationByNameAnsweredWithANonZeroCodeFailsLikeAnyApiError() {
        answer("json", "{\"code\":151,\"message\":\"Unknown operation\",\"data\":[]}");

        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> await(api.callRaw("no_such_operation", Map.of())));

        assertThat(failed.getCause()).isInstanceOf(RequestRejectedException.class);
        assertThat(((RequestRejectedException) failed.getCause()).code()).isEqualTo(151);
        assertThat(((RequestRejectedException) failed.getCause()).operation()).isEqualTo("no_such_operation");
    }

    @Test
    void theFieldsTheAdapterWritesItselfAreRefusedBeforeAnythingIsSent() {
        for (String reserved : List.of("login", "LOGIN", "operation", "token", "encrypted_password", "plain_password")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> api.callRaw("gcash_data", Map.of(reserved, "other")));
            assertThat(refused.getMessage()).as(reserved).contains(reserved).contains("written by the client");
        }
        assertThat(server.findAll(postRequestedFor(urlEqualTo("/")))).isEmpty();
    }

    private static <T> T await(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = server.findAll(postRequestedFor(urlEqualTo("/")));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private void answer(String format, String body) {
        server.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(200)
                .withHeader("x-response-format", format).withBody(body)));
    }
}
