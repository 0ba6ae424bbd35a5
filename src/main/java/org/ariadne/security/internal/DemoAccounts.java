package org.ariadne.security.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ariadne.security.Role;
import org.ariadne.security.SecurityMode;
import org.ariadne.security.SecuritySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One demo account per role (embedded default only). Every start sets their password to
 * {@code ARIADNE_DEMO_PASSWORD} (default documented in the README), so changing that variable
 * changes them all.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "ariadne.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    record Demo(String username, String displayName, String organisation, Set<Role> roles) {
    }

    static final List<Demo> ALL = List.of(
            new Demo("ngo.caseworker", "Nadia Caseworker", "NGO-HARBOUR", EnumSet.of(Role.CASEWORKER)),
            new Demo("ngo2.caseworker", "Nils Caseworker", "NGO-NORTHSTAR", EnumSet.of(Role.CASEWORKER)),
            new Demo("police.officer", "Paul Officer", "POL-CENTRAL", EnumSet.of(Role.CASEWORKER, Role.DECISION_MAKER)),
            new Demo("border.guard", "Bea Guard", "BGD-EAST", EnumSet.of(Role.CASEWORKER)),
            new Demo("labour.inspector", "Lena Inspector", "LAB-INSP", EnumSet.of(Role.CASEWORKER, Role.DECISION_MAKER)),
            new Demo("authority.decider", "Ada Decider", "CA-NRM", EnumSet.of(Role.DECISION_MAKER)),
            new Demo("shelter.provider", "Sam Provider", "SHELTER-SAFEHOUSE", EnumSet.of(Role.SERVICE_PROVIDER)),
            new Demo("child.protection", "Chris Protection", "CPS-CAPITAL", EnumSet.of(Role.CHILD_PROTECTION)),
            new Demo("coordinator", "Cora Coordinator", "NCO", EnumSet.of(Role.COORDINATOR)),
            new Demo("admin", "Alex Administrator", "NCO", EnumSet.of(Role.ADMIN)),
            new Demo("dpo", "Dana Data Protection", "NCO", EnumSet.of(Role.DPO)));

    private final LocalAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final SecuritySettings settings;

    DemoAccounts(LocalAccountRepository accounts, PasswordEncoder passwordEncoder, SecuritySettings settings) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.settings = settings;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (settings.mode() != SecurityMode.LOCAL) {
            return;
        }
        String password = settings.demoPassword();
        for (Demo demo : ALL) {
            var existing = accounts.findByUsername(demo.username());
            if (existing.isEmpty()) {
                accounts.save(new LocalAccount(demo.username(), demo.displayName(), passwordEncoder.encode(password),
                        demo.organisation(), demo.roles(), true));
            } else if (existing.get().isDemo() && !passwordEncoder.matches(password, existing.get().getPasswordHash())) {
                existing.get().changePasswordHash(passwordEncoder.encode(password));
            }
        }
        log.info("Demo accounts ready ({} accounts, password from ARIADNE_DEMO_PASSWORD or the documented default)",
                ALL.size());
    }
}
