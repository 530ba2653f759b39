package com.rangoliboutique.adapter.out.persistence;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.util.regex.Pattern;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;

/** The dependency rule of the hexagon; each app's architecture test runs these over every module it sees. */
public final class ArchitectureRules {

    @ArchTest
    public static final ArchRule domainIsPureJava = classes()
            .that().resideInAPackage("com.rangoliboutique.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("com.rangoliboutique.domain..", "java..");

    @ArchTest
    public static final ArchRule applicationDependsOnlyOnTheDomain = classes()
            .that().resideInAPackage("com.rangoliboutique.application..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("com.rangoliboutique.application..", "com.rangoliboutique.domain..", "java..");

    @ArchTest
    public static final ArchRule hexagon = onionArchitecture()
            .domainModels("com.rangoliboutique.domain..")
            .applicationServices("com.rangoliboutique.application..")
            .adapter("web", "com.rangoliboutique.adapter.in.web..")
            .adapter("queue-consumer", "com.rangoliboutique.adapter.in.queue..")
            .adapter("telegram", "com.rangoliboutique.adapter.in.telegram..", "com.rangoliboutique.adapter.out.telegram..")
            .adapter("persistence", "com.rangoliboutique.adapter.out.persistence..",
                    "com.rangoliboutique.adapter.out.queue..")
            .adapter("storage", "com.rangoliboutique.adapter.out.storage..")
            .adapter("ai", "com.rangoliboutique.adapter.out.ai..")
            .withOptionalLayers(true)
            // the apps are the composition root: they may wire everything together
            .ignoreDependency(resideInAPackage("com.rangoliboutique.app.."), DescribedPredicate.alwaysTrue());

    @ArchTest
    public static final ArchRule adaptersNeverDependOnTheApps = noClasses()
            .that().resideInAPackage("com.rangoliboutique.adapter..")
            .should().dependOnClassesThat().resideInAPackage("com.rangoliboutique.app..");

    /** The shared image pipeline is a library: ImageIO and its plugins, nothing of the hexagon or a framework. */
    @ArchTest
    public static final ArchRule imagingIsALibrary = classes()
            .that().resideInAPackage("com.rangoliboutique.imaging..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("com.rangoliboutique.imaging..", "java..", "javax.imageio..", "net.coobird.thumbnailator..");

    /** Used by the adapters that take, store or make pictures; the domain, the application and the rest never. */
    @ArchTest
    public static final ArchRule imagingIsUsedOnlyByThePictureAdapters = classes()
            .that().resideInAPackage("com.rangoliboutique.imaging..")
            .should().onlyHaveDependentClassesThat()
            .resideInAnyPackage("com.rangoliboutique.imaging..", "com.rangoliboutique.adapter.in.telegram..",
                    "com.rangoliboutique.adapter.out.storage..", "com.rangoliboutique.adapter.out.ai..");

    private ArchitectureRules() {
    }

    /** Main code only: test classes, whether from a reactor's test-classes or an installed test-jar, are left out. */
    public static final class MainClassesOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/") && !location.matches(Pattern.compile(".*-tests\\.jar.*"));
        }
    }
}
