package org.samachar.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Every arrow between the packages of {@code org.samachar} points one way along the data's path
 * (vocabulary and corpus at the bottom, then the pipeline framework and its document model, the
 * text and extraction stages, the graph, the store and, on top, the commands and the server).
 */
class PackageCyclesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.samachar");

    @Test
    void noTwoPackagesReachEachOther() {
        slices().matching("org.samachar.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void thePipelineIsAFrameworkThatKnowsNoStage() {
        noClasses().that().resideInAPackage("org.samachar.pipeline..")
                .should().dependOnClassesThat().resideInAnyPackage("org.samachar.text..", "org.samachar.extract..",
                        "org.samachar.rdf..", "org.samachar.store..")
                .check(MAIN);
    }

    @Test
    void theVocabularyIsTheBottom() {
        noClasses().that().resideInAPackage("org.samachar.vocab..")
                .should().dependOnClassesThat(resideInAPackage("org.samachar..")
                        .and(not(resideInAPackage("org.samachar.vocab.."))))
                .check(MAIN);
    }
}
