package org.ariadne.privacy.internal;

import org.ariadne.privacy.Reencryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --ariadne.reencrypt=true}: after adding a new primary key (KeyFileTool rotate), moves every
 * encrypted value of every feature to it at start-up, then carries on serving.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "ariadne.reencrypt", havingValue = "true")
class ReencryptionRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReencryptionRunner.class);

    private final Reencryption reencryption;

    ReencryptionRunner(Reencryption reencryption) {
        this.reencryption = reencryption;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        long moved = reencryption.run();
        log.info("Re-encrypted {} stored values under the current primary key in {} ms", moved,
                (System.nanoTime() - started) / 1_000_000);
    }
}
