package io.capitalist4j.spring;

import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.testkit.FakeCapitalistServer;
import io.capitalist4j.testkit.SandboxBank;
import io.capitalist4j.testkit.SandboxConfig;
import io.capitalist4j.testkit.SandboxIdentity;
import io.capitalist4j.testkit.Timeline;
import io.capitalist4j.testkit.api2.Api2SandboxIdentity;
import io.capitalist4j.testkit.api2.Api2SandboxMain;
import io.capitalist4j.testkit.api2.FakeApi2Server;
import io.capitalist4j.testkit.journal.InMemoryPayoutJournal;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code capitalist.sandbox=true} with the testkit on the classpath: the fake server of the configured API on
 * 127.0.0.1 with a free port, as a bean ({@link FakeCapitalistServer} or {@link FakeApi2Server}, for tests that
 * look at what it received), stopped with the context.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("capitalist.sandbox")
@ConditionalOnClass(name = "io.capitalist4j.testkit.FakeCapitalistServer")
class SandboxConfiguration {

    /** Time between two record states of a v1 sandbox batch: a batch is final within a second. */
    static final Duration V1_STEP = Duration.ofMillis(100);

    private static final Logger LOG = LoggerFactory.getLogger(SandboxConfiguration.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(prefix = "capitalist", name = "api", havingValue = "1", matchIfMissing = true)
    FakeCapitalistServer capitalistSandboxServer() {
        SandboxConfig config = SandboxConfig.sandbox().timeline(Timeline.steps(V1_STEP)).build();
        FakeCapitalistServer server = FakeCapitalistServer.start(SandboxBank.create(config), 0);
        LOG.info("capitalist.sandbox=true: the fake Capitalist v1 server (testkit) listens on {} as {}; no real "
                + "money moves", server.uri(), SandboxIdentity.LOGIN);
        return server;
    }

    @Bean
    @ConditionalOnProperty(prefix = "capitalist", name = "api", havingValue = "1", matchIfMissing = true)
    SandboxTarget capitalistSandboxTarget(FakeCapitalistServer server) {
        return SandboxTarget.v1(server.uri(), SandboxIdentity.LOGIN, Secret.of(SandboxIdentity.PASSWORD),
                SandboxIdentity.certificateKey(), InMemoryPayoutJournal::new);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(prefix = "capitalist", name = "api", havingValue = "2")
    FakeApi2Server capitalistApi2SandboxServer() {
        FakeApi2Server server = FakeApi2Server.start(Api2SandboxMain.demoConfig(), 0);
        LOG.info("capitalist.sandbox=true: the fake Capitalist API2 server (testkit) listens on {} with key {}; no "
                + "real money moves", server.uri(), Api2SandboxIdentity.API_KEY);
        return server;
    }

    @Bean
    @ConditionalOnProperty(prefix = "capitalist", name = "api", havingValue = "2")
    SandboxTarget capitalistApi2SandboxTarget(FakeApi2Server server) {
        return SandboxTarget.api2(server.uri(), Api2SandboxIdentity.API_KEY,
                Secret.of(Api2SandboxIdentity.API_SECRET), InMemoryPayoutJournal::new);
    }
}
