package uk.deanery.welfare.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, checked over all three modules (domain, reporting, web): one package per business
 * component, each split into boundary, control and entity; no cycles between components; the access component
 * (who is calling, and the role gate) a leaf every other component may use; a component's control never reaching
 * back up into its own boundary; entities knowing no services.
 */
class ComponentArchitectureTest {

    private static final String ROOT = "uk.deanery.welfare";
    private static final Pattern LAYER =
            Pattern.compile("uk\\.deanery\\.welfare\\.([a-z]+)\\.(boundary|control|entity)\\b.*");

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void theProductionClassesOfEveryModuleAreChecked() {
        requireImported("uk.deanery.welfare.concerns.boundary.ConcernService");
        requireImported("uk.deanery.welfare.reporting.audit.AuditSearch");
        requireImported("uk.deanery.welfare.web.concerns.ConcernBacking");
    }

    private static void requireImported(String className) {
        if (!production.contain(className)) {
            throw new AssertionError(className + " was not imported, so the rules below would check too little");
        }
    }

    @Test
    void componentsHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(production);
    }

    @Test
    void accessDependsOnNoOtherComponent() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".access..")
                .should()
                .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "belong to another component",
                        (JavaClass target) -> target.getPackageName().startsWith(ROOT + ".")
                                && !target.getPackageName().startsWith(ROOT + ".access")))
                .check(production);
    }

    @Test
    void controlNeverReachesIntoItsOwnBoundary() {
        classes()
                .that()
                .resideInAPackage(ROOT + ".*.control..")
                .should(notDependOnOwn("boundary"))
                .check(production);
    }

    @Test
    void entitiesKnowNoServices() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".*.entity..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".*.boundary..", ROOT + ".*.control..")
                .check(production);
    }

    private static ArchCondition<JavaClass> notDependOnOwn(String layer) {
        return new ArchCondition<>("not depend on their own component's " + layer) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String component = componentOf(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Matcher target = LAYER.matcher(dependency.getTargetClass().getName());
                    if (target.matches()
                            && target.group(1).equals(component)
                            && target.group(2).equals(layer)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static String componentOf(JavaClass type) {
        Matcher matcher = LAYER.matcher(type.getName());
        return matcher.matches() ? matcher.group(1) : "";
    }
}
