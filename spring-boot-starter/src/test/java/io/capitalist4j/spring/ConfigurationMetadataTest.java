package io.capitalist4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The metadata file the configuration processor generates, which IDEs read to complete and explain properties. */
class ConfigurationMetadataTest {

    private static Map<String, JsonNode> properties() throws Exception {
        try (InputStream in = ConfigurationMetadataTest.class.getResourceAsStream(
                "/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("META-INF/spring-configuration-metadata.json on the classpath").isNotNull();
            Map<String, JsonNode> byName = new HashMap<>();
            new ObjectMapper().readTree(in).get("properties").forEach(p -> byName.put(p.get("name").asText(), p));
            return byName;
        }
    }

    @Test
    void the_generated_metadata_lists_the_properties_with_their_types() throws Exception {
        Map<String, JsonNode> properties = properties();
        assertThat(properties).containsKeys("capitalist.api", "capitalist.url", "capitalist.login",
                "capitalist.password", "capitalist.key-file", "capitalist.key-password", "capitalist.pin",
                "capitalist.api-key", "capitalist.api-secret", "capitalist.sandbox", "capitalist.journal.mode",
                "capitalist.journal.h2-directory", "capitalist.http.connect-timeout",
                "capitalist.http.request-timeout", "capitalist.http.read-retries", "capitalist.health.timeout");
        assertThat(properties.get("capitalist.journal.mode").get("type").asText())
                .isEqualTo(JournalMode.class.getName());
        assertThat(properties.get("capitalist.password").get("type").asText())
                .isEqualTo("io.capitalist4j.domain.auth.Secret");
        assertThat(properties.get("capitalist.api").get("defaultValue").asInt()).isEqualTo(1);
    }

    @Test
    void every_property_is_explained() throws Exception {
        properties().forEach((name, p) -> assertThat(p.path("description").asText()).as(name).hasSizeGreaterThan(20));
        assertThat(properties().get("capitalist.login").get("description").asText()).contains("API login");
        assertThat(properties().get("capitalist.journal.mode").get("description").asText())
                .contains("datasource", "h2-file", "none");
    }
}
