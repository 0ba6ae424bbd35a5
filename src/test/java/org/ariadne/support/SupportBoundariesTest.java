package org.ariadne.support;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.ariadne.referrals.workflow.CommandDetails.JusticeUpdate;
import org.ariadne.referrals.workflow.CompensationStatus;
import org.ariadne.referrals.workflow.Cooperation;
import org.ariadne.referrals.workflow.JusticeFacts;
import org.junit.jupiter.api.Test;

/**
 * Support never depends on co-operation with law enforcement (CoE Convention Art. 12(6), Directive
 * 2011/36/EU Art. 11(3)): no class of the support feature — service, screen, endpoint or store —
 * can read or show the criminal-justice track, so none can make a referral depend on it.
 */
class SupportBoundariesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ariadne");

    @Test
    void supportReadsNothingAboutCriminalJusticeOrCooperation() {
        noClasses().that().resideInAPackage("org.ariadne.support..")
                .should().dependOnClassesThat().resideInAPackage("org.ariadne.justice..")
                .orShould().dependOnClassesThat().belongToAnyOf(JusticeFacts.class, Cooperation.class,
                        JusticeUpdate.class, CompensationStatus.class)
                .because("support must never depend on co-operation with law enforcement")
                .check(CLASSES);
    }
}
