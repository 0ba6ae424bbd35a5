package org.ariadne.audit.internal;

import org.ariadne.audit.ChainVerification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The command-line check of the audit chain: {@code java -jar ariadne.jar --ariadne.audit.verify=true}
 * prints the result and exits with status 0 when the chain is intact, 3 when it is broken.
 */
@Component
@ConditionalOnProperty(name = "ariadne.audit.verify", havingValue = "true")
class VerifyCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(VerifyCommand.class);

    private final ChainVerifier verifier;
    private final ConfigurableApplicationContext context;

    VerifyCommand(ChainVerifier verifier, ConfigurableApplicationContext context) {
        this.verifier = verifier;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        ChainVerification result = verifier.verify();
        if (result.intact()) {
            log.info("Audit trail intact: {} entries checked", result.checked());
        } else {
            log.error("Audit trail broken: first broken entry {} ({} entries before it intact)",
                    result.firstBrokenId().getAsLong(), result.checked());
        }
        int status = result.intact() ? 0 : 3;
        System.exit(SpringApplication.exit(context, () -> status));
    }
}
