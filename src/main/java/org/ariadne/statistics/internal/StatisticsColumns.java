package org.ariadne.statistics.internal;

import java.util.List;
import org.ariadne.privacy.ProtectedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The indicator set's notes: no case, only rotated. */
@Configuration(proxyBeanMethods = false)
class StatisticsColumns {

    @Bean
    ProtectedColumn annotationNote() {
        return new ProtectedColumn("stat_annotation", List.of("answer_set_id", "code"), "note_enc",
                AnswerSetStore.PURPOSE, null, false);
    }
}
