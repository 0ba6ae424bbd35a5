package org.ariadne.justice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Support never depends on co-operation with law enforcement: neither support nor the referral
 * mechanism's rules may read the criminal-justice record.
 */
class JusticeBoundariesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ariadne");

    @Test
    void supportReadsNothingOfTheCriminalJusticeRecord() {
        noClasses().that().resideInAPackage("org.ariadne.support..")
                .should().dependOnClassesThat().resideInAPackage("org.ariadne.justice..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void noStepOfTheReferralMechanismIsGatedByIt() {
        noClasses().that().resideInAPackage("org.ariadne.referrals..")
                .should().dependOnClassesThat().resideInAPackage("org.ariadne.justice..")
                .check(CLASSES);
    }

    @Test
    void taskListsDoNotReadIt() {
        noClasses().that().resideInAPackage("org.ariadne.tasks..")
                .should().dependOnClassesThat().resideInAPackage("org.ariadne.justice..")
                .check(CLASSES);
    }
}
