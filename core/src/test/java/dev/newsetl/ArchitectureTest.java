package dev.newsetl;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/ARCHITECTURE.md ("Packages"), kept by a test: a package uses only packages drawn below it
 * in that picture, the plain-Java core imports nothing from Spring, and no two packages depend on each other.
 * Grouping works on the record types alone, so the extractor can compute an article's signature with it.
 */
class ArchitectureTest {
    /** Top to bottom, as in docs/ARCHITECTURE.md; packages on one row do not use each other. */
    static final List<List<String>> ROWS = List.of(
            List.of("app"),
            List.of("cli"),
            List.of("ops"),
            List.of("job"),
            List.of("lineage"),
            List.of("write"),
            List.of("extract"),
            List.of("group", "html"),
            List.of("names", "parse"),
            List.of("read"),
            List.of("fs", "article"));

    static final String[] CORE = {"article", "fs", "read", "parse", "names", "html", "extract", "group", "write"};

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.newsetl");

    private static String pkg(String layer) {
        return layer.equals("app") ? "dev.newsetl" : "dev.newsetl." + layer + "..";
    }

    @Test
    void eachPackageUsesOnlyThePackagesBelowIt() {
        LayeredArchitecture layers =
                layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true);
        for (List<String> row : ROWS) {
            for (String layer : row) {
                layers = layers.layer(layer).definedBy(pkg(layer));
            }
        }
        for (int r = 0; r < ROWS.size(); r++) {
            List<String> below = new ArrayList<>();
            ROWS.subList(r + 1, ROWS.size()).forEach(below::addAll);
            for (String layer : ROWS.get(r)) {
                layers = below.isEmpty()
                        ? layers.whereLayer(layer).mayNotAccessAnyLayer()
                        : layers.whereLayer(layer).mayOnlyAccessLayers(below.toArray(String[]::new));
            }
        }
        layers.check(MAIN);
    }

    @Test
    void theCoreImportsNothingFromSpring() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        Arrays.stream(CORE).map(ArchitectureTest::pkg).toArray(String[]::new))
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework..")
                .check(MAIN);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.newsetl.(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
