package io.capitalist4j.domain.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BatchTextTest {

    @Test
    void holdsTheExactTextAndItsUtf8Bytes() {
        BatchText text = BatchText.of("CAPITALIST;R0000000;10.00;RUR;9999;Выплата");

        assertThat(text.text()).isEqualTo("CAPITALIST;R0000000;10.00;RUR;9999;Выплата");
        assertThat(text.utf8()).isEqualTo("CAPITALIST;R0000000;10.00;RUR;9999;Выплата".getBytes(StandardCharsets.UTF_8));
        assertThat(text.utf8()).isNotSameAs(text.utf8());
        assertThat(text).isEqualTo(BatchText.of(text.text()));
    }

    @Test
    void toStringShowsTheSizeButNotTheContent() {
        BatchText text = BatchText.of("RUCARD;4276380079956889;100.00;RUR;1;d;Ivan;Ivanov");
        assertThat(text.toString()).doesNotContain("4276380079956889").doesNotContain("Ivan").contains(
                Integer.toString(text.length()));
    }

    @Test
    void rejectsAnEmptyText() {
        assertThatThrownBy(() -> BatchText.of("")).isInstanceOf(IllegalArgumentException.class);
    }
}
