package io.capitalist4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFloorTest {

    @Test
    void insertsEveryKeyOnceAndAKeyAlreadyThereUndoesTheWholeCall(@TempDir Path directory) throws SQLException {
        try (KeyFloor floor = KeyFloor.h2File(directory.resolve("keys"))) {
            assertThat(floor.insert("payer", List.of("A", "B", "C"))).isEqualTo(3);

            assertThatThrownBy(() -> floor.insert("payer", List.of("D", "B"))).isInstanceOf(SQLException.class);

            assertThat(floor.insert("payer", List.of("D"))).as("D of the refused call did not stay").isEqualTo(1);
            assertThat(floor.insert("other", List.of("A"))).as("the key is the login and the number").isEqualTo(1);
        }
    }
}
