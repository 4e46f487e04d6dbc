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

    private static JsonNode metadata() throws Exception {
        try (InputStream in = ConfigurationMetadataTest.class.getResourceAsStream(
                "/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("META-INF/spring-configuration-metadata.json on the classpath").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    private static Map<String, JsonNode> properties() throws Exception {
        Map<String, JsonNode> byName = new HashMap<>();
        metadata().get("properties").forEach(p -> byName.put(p.get("name").asText(), p));
        return byName;
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

    @Test
    void the_api_property_offers_its_two_values() throws Exception {
        JsonNode apiHint = null;
        for (JsonNode hint : metadata().get("hints")) {
            if (hint.get("name").asText().equals("capitalist.api")) {
                apiHint = hint;
            }
        }
        assertThat(apiHint).as("a hint for capitalist.api").isNotNull();
        assertThat(apiHint.get("values").findValuesAsText("value")).containsExactly("1", "2");
    }
}
