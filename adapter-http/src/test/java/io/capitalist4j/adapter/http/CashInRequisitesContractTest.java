package io.capitalist4j.adapter.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.capitalist4j.adapter.csv.ResponseFormat;
import io.capitalist4j.domain.account.CashInRequisites;
import io.capitalist4j.domain.error.AuthenticationException;
import io.capitalist4j.domain.money.Currency;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** get_cashin_requisites (reference §6.15) against a WireMock stub: the exact request and each canned answer. */
class CashInRequisitesContractTest {

    private static final String LOGIN = "api-user";
    private static final String PASSWORD = "pa55-Пароль+&=";

    private WireMockServer server;
    private CapitalistHttpApi api;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        api = TestSupport.plainApi(server, LOGIN, PASSWORD, o -> o
                // CSV is preferred, yet this operation has no CSV form: the request must still ask for JSON.
                .format(ResponseFormat.CSV)
                .readRetries(0));
    }

    @AfterEach
    void stop() {
        api.close();
        server.stop();
    }

    @Test
    void sendsTheOperationLoginAndPlainPasswordAsAUtf8FormAskingForJson() throws Exception {
        answer("{\"code\":0,\"message\":\"\",\"data\":{\"systems\":{}}}");

        api.getCashInRequisites().toCompletableFuture().get(10, TimeUnit.SECONDS);

        List<LoggedRequest> requests = server.findAll(postRequestedFor(urlEqualTo("/")));
        assertThat(requests).hasSize(1);
        LoggedRequest request = requests.get(0);
        assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(request.getHeader("x-response-format")).isEqualTo("json");
        assertThat(request.getBodyAsString()).isEqualTo("operation=get_cashin_requisites&login=api-user"
                + "&plain_password=" + java.net.URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8));
    }

    @Test
    void readsEachPaymentSystemWithItsNameAndTheDetailsPerCurrency() throws Exception {
        answer("{\"code\":0,\"message\":\"\",\"data\":{\"systems\":{\"epese\":{\"name\":\"ЕПСЭ\","
                + "\"RUR\":\"40817810000000000001\",\"USD\":\"40817840000000000002\",\"EUR\":\"\"}}}}");

        CashInRequisites requisites = api.getCashInRequisites().toCompletableFuture().get(10, TimeUnit.SECONDS);

        assertThat(requisites.systems()).containsOnlyKeys("epese");
        CashInRequisites.PaymentSystem epese = requisites.systems().get("epese");
        assertThat(epese.name()).isEqualTo("ЕПСЭ");
        assertThat(epese.details()).isEqualTo(Map.of(Currency.RUR, "40817810000000000001",
                Currency.USD, "40817840000000000002", Currency.EUR, ""));
    }

    @Test
    void aRefusalFailsTheStageWithTheCodeOfTheTable() throws Exception {
        answer("{\"code\":152,\"message\":\"API unavailable\",\"data\":[]}");

        ExecutionException failed = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> api.getCashInRequisites().toCompletableFuture().get(10, TimeUnit.SECONDS));

        assertThat(failed.getCause()).isInstanceOf(AuthenticationException.class);
        assertThat(((AuthenticationException) failed.getCause()).code()).isEqualTo(152);
        assertThat(((AuthenticationException) failed.getCause()).operation()).isEqualTo("get_cashin_requisites");
    }

    private void answer(String json) {
        server.stubFor(post(urlEqualTo("/")).withFormParam("operation", equalTo("get_cashin_requisites"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("x-response-format", "json").withBody(json)));
    }
}
