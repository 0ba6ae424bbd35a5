package org.ariadne.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ariadne");

    @Test
    void viewsNeverTouchRepositoriesOrEntities() {
        noClasses().that().resideInAPackage("..ui..").or().areAnnotatedWith(Route.class)
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(CLASSES);
    }

    @Test
    void securityDependsOnNoOtherFeature() {
        classes().that().resideInAPackage("org.ariadne.security..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackage("org.ariadne..")
                .orShould().dependOnClassesThat().resideInAnyPackage("org.ariadne.security..", "org.ariadne.common..")
                .check(CLASSES);
    }

    @Test
    void entitiesStayInsideTheirFeature() {
        classes().that().areAnnotatedWith(Entity.class)
                .should().resideInAPackage("..internal..")
                .check(CLASSES);
    }

    @Test
    void restControllersLiveInApiPackages() {
        classes().that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().resideInAPackage("..api..")
                .check(CLASSES);
    }
}
