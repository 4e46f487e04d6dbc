package io.capitalist4j.spring;

import io.capitalist4j.adapter.jdbc.JdbcPayoutJournal;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The payout journal: on the application's {@link DataSource}, in an H2 file, in memory for the sandbox, or none
 * ({@code capitalist.journal.mode}). A {@link PayoutJournalPort} bean of the application's own replaces it.
 */
@Configuration(proxyBeanMethods = false)
class JournalConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(JournalConfiguration.class);

    /**
     * Made after the application's own schema tools (Flyway, Liquibase, SQL scripts) ran: the journal adds tables
     * to the database, and a Flyway that finds a schema not empty on its first run refuses to start.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(PayoutJournalPort.class)
    @Conditional(JournalWanted.class)
    @DependsOnDatabaseInitialization
    PayoutJournalPort capitalistPayoutJournal(CapitalistProperties properties, ObjectProvider<DataSource> dataSources,
                                              ObjectProvider<SandboxTarget> sandboxes) {
        CapitalistProperties.Journal settings = properties.getJournal();
        List<DataSource> all = dataSources.orderedStream().collect(Collectors.toList());
        JournalMode mode = settings.getMode();
        if (mode == null && all.isEmpty()) {
            Optional<SandboxTarget> sandbox = SandboxTarget.of(properties, sandboxes);
            if (sandbox.isPresent()) {
                LOG.info("payout journal: in memory, for the sandbox (it ends with the application)");
                return checked(sandbox.get().memoryJournal().get());
            }
        }
        if (mode == null) {
            mode = all.isEmpty() ? JournalMode.H2_FILE : JournalMode.DATASOURCE;
        }
        if (mode == JournalMode.DATASOURCE) {
            DataSource dataSource = dataSources.getIfUnique();
            if (dataSource == null) {
                throw new CapitalistPropertyException("capitalist.journal.mode", all.isEmpty()
                        ? "datasource, but the application has no DataSource bean"
                        : "datasource, but the application has " + all.size() + " DataSource beans and none is @Primary",
                        "Give the application one DataSource (or mark one @Primary), set capitalist.journal.mode to "
                                + "h2-file, or define a PayoutJournalPort bean, e.g. JdbcPayoutJournal.over(yours).");
            }
            LOG.info("payout journal: on the application's DataSource (tables capitalist4j_payout_journal, "
                    + "capitalist4j_payout_claim, capitalist4j_payout_override and capitalist4j_journal_schema_history)");
            return checked(JdbcPayoutJournal.over(dataSource));
        }
        LOG.info("payout journal: H2 file in {}", settings.getH2Directory());
        return checked(JdbcPayoutJournal.h2File(settings.getH2Directory()));
    }

    /** Creates or upgrades the journal's tables now, so a journal that cannot be used stops the start. */
    private static PayoutJournalPort checked(PayoutJournalPort journal) {
        try {
            journal.check();
            return journal;
        } catch (RuntimeException | Error e) {
            journal.close();
            throw e;
        }
    }

    @Bean
    @ConditionalOnProperty(prefix = "capitalist.journal", name = "mode", havingValue = "none")
    NoJournalWarning capitalistNoJournalWarning() {
        LOG.warn("capitalist.journal.mode=none: no payout journal. A single submit never repeats an upload, but "
                + "nothing remembers what was sent: submitting the same file twice, or again after a crash, pays "
                + "every payee twice.");
        return new NoJournalWarning();
    }

    /** Stands for the warning logged once when the journal is off. */
    static final class NoJournalWarning {
    }

    /** Every mode but {@code none}. */
    static final class JournalWanted implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Binder.get(context.getEnvironment()).bind("capitalist.journal.mode", JournalMode.class)
                    .map(mode -> mode != JournalMode.NONE).orElse(true);
        }
    }
}
