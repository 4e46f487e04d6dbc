package io.capitalist4j.reliability.readme;

// README API2 quick start: begin
import io.capitalist4j.adapter.api2.Api2Credentials;
import io.capitalist4j.adapter.api2.Api2Http;
import io.capitalist4j.adapter.api2.Api2HttpApi;
import io.capitalist4j.adapter.api2.Api2Options;
import io.capitalist4j.adapter.jdbc.JdbcPayoutJournal;
import io.capitalist4j.application.Api2Client;
import io.capitalist4j.application.port.in.Api2BatchCommand;
import io.capitalist4j.application.port.in.Api2BatchOutcome;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.Batch;
import java.net.URI;
import java.nio.file.Path;

class Api2QuickStart {

    static Api2BatchOutcome payOut(URI endpoint, String apiKey, Secret apiSecret, Path journalDir, Batch batch) {
        Api2HttpApi api = Api2Http.create(Api2Options.builder().baseUrl(endpoint).build(),
                Api2Credentials.of(apiKey, apiSecret));
        try (PayoutJournalPort journal = JdbcPayoutJournal.h2File(journalDir);
             Api2Client client = Api2Client.builder().api(api).owning(api).journal(journal, apiKey).build()) {
            // one payout per line, 8 in flight; a lost answer is looked up by payment number before any resend
            return client.submit(Api2BatchCommand.of(batch)).toCompletableFuture().join();
        }
    }
}
// README API2 quick start: end
