package com.rangoliboutique.adapter.out.persistence;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.util.regex.Pattern;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
            .adapter("schedule", "com.rangoliboutique.adapter.in.schedule..")
            .adapter("telegram", "com.rangoliboutique.adapter.in.telegram..", "com.rangoliboutique.adapter.out.telegram..")
            .adapter("persistence", "com.rangoliboutique.adapter.out.persistence..",
                    "com.rangoliboutique.adapter.out.queue..")
            .adapter("storage", "com.rangoliboutique.adapter.out.storage..")
            .adapter("ai", "com.rangoliboutique.adapter.out.ai..")
            .adapter("charts", "com.rangoliboutique.adapter.out.chart..")
            .adapter("cards", "com.rangoliboutique.adapter.out.cards..")
            .adapter("webp", "com.rangoliboutique.adapter.out.webp..")
            .withOptionalLayers(true)
            // the apps are the composition root: they may wire everything together
            .ignoreDependency(resideInAPackage("com.rangoliboutique.app.."), DescribedPredicate.alwaysTrue());

    @ArchTest
    public static final ArchRule adaptersNeverDependOnTheApps = noClasses()
            .that().resideInAPackage("com.rangoliboutique.adapter..")
            .should().dependOnClassesThat().resideInAPackage("com.rangoliboutique.app..");

    /** A use case's contract never mentions what its implementation needs: port.out depends on port.in, not back. */
    @ArchTest
    public static final ArchRule inPortsDoNotDependOnOutPorts = noClasses()
            .that().resideInAPackage("com.rangoliboutique.application.port.in..")
            .should().dependOnClassesThat().resideInAPackage("com.rangoliboutique.application.port.out..");

    /**
     * Driving adapters (web pages, the bot, the queue consumer) reach the business through in-ports only: no service,
     * and none of the out-ports behind which the business keeps its data and its effects. What they may use of the
     * out-ports is infrastructure of their own trade: HTTP and webhook rate limits, the update log, short-lived chat
     * state, which of the bot's messages is about which piece ({@code PieceMessages}), health, the queue's deliveries and locks, serving stored files, and telling outages apart.
     */
    @ArchTest
    public static final ArchRule drivingAdaptersGoThroughInPorts = noClasses()
            .that().resideInAPackage("com.rangoliboutique.adapter.in..")
            .should().dependOnClassesThat().resideInAPackage("com.rangoliboutique.application.service..")
            .orShould().dependOnClassesThat(businessOutPorts());

    @ArchTest
    public static final ArchRule noCyclesBetweenSlices = slices()
            .matching("com.rangoliboutique.(*).(*)..")
            .should().beFreeOfCycles();

    /**
     * A reader finds an adapter from its port in one hop: a class implementing an out-port is named for the port and
     * its technology, {@code <Port><Technology>Adapter} (ImageStoreS3Adapter, JobQueueRedisAdapter).
     */
    @ArchTest
    public static final ArchRule adaptersAreNamedForTheirPortAndTechnology = classes()
            .that().resideInAPackage("com.rangoliboutique.adapter.out..")
            .and().areTopLevelClasses()
            .and().haveNameNotMatching(".*\\$.*") // Micronaut's generated bean definitions
            .and(implementAnOutPort())
            .should(new ArchCondition<JavaClass>("be named <Port><Technology>Adapter after a port they implement") {
                @Override
                public void check(JavaClass adapter, ConditionEvents events) {
                    boolean named = adapter.getAllRawInterfaces().stream()
                            .filter(i -> i.getPackageName().equals("com.rangoliboutique.application.port.out"))
                            .anyMatch(port -> adapter.getSimpleName().matches(
                                    Pattern.quote(port.getSimpleName()) + "[A-Z][A-Za-z0-9]*Adapter"));
                    if (!named) {
                        events.add(SimpleConditionEvent.violated(adapter, adapter.getName()
                                + " implements " + adapter.getAllRawInterfaces().stream().map(JavaClass::getSimpleName)
                                .toList() + " but is not named <Port><Technology>Adapter"));
                    }
                }
            });

    private static DescribedPredicate<JavaClass> implementAnOutPort() {
        return DescribedPredicate.describe("implement an out-port", c -> c.getAllRawInterfaces().stream()
                .anyMatch(i -> i.getPackageName().equals("com.rangoliboutique.application.port.out")));
    }

    private static DescribedPredicate<JavaClass> businessOutPorts() {
        java.util.Set<String> business = java.util.Set.of("Products", "Images", "AuditLog", "Settings", "Transactions",
                "CatalogReads", "CatalogChanges", "JobQueue", "ImageGenerator", "AdminNotifier", "ImageResizer",
                "VisitStats", "StockReads", "StockAlertSilences", "DigestClaims", "StatsChart");
        return DescribedPredicate.describe("business out-ports " + new java.util.TreeSet<>(business),
                c -> c.getPackageName().equals("com.rangoliboutique.application.port.out")
                        && business.contains(c.getSimpleName().contains("$")
                        ? c.getSimpleName().substring(0, c.getSimpleName().indexOf('$'))
                        : outermost(c).getSimpleName()));
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }
    /** The shared image pipeline is a library: ImageIO and its plugins, nothing of the hexagon or a framework. */
    @ArchTest
    public static final ArchRule imagingIsALibrary = classes()
            .that().resideInAPackage("com.rangoliboutique.imaging..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("com.rangoliboutique.imaging..", "java..", "javax.imageio..", "net.coobird.thumbnailator..");

    /** Used by the adapters that take, store or make pictures (share cards too); the domain, the application and the rest never. */
    @ArchTest
    public static final ArchRule imagingIsUsedOnlyByThePictureAdapters = classes()
            .that().resideInAPackage("com.rangoliboutique.imaging..")
            .should().onlyHaveDependentClassesThat()
            .resideInAnyPackage("com.rangoliboutique.imaging..", "com.rangoliboutique.adapter.in.telegram..",
                    "com.rangoliboutique.adapter.out.storage..", "com.rangoliboutique.adapter.out.ai..",
                    "com.rangoliboutique.adapter.out.cards..");

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
