package org.enchufe;

import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.enchufe.lang.vm.Limits;
import org.enchufe.lang.vm.StopReason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The map of docs/architecture.md as each package's {@code package-info.java} states it, checked
 * on the compiled classes so it cannot drift: a package may use only the packages of ours its
 * package-info names (and anything that is not ours). Change a rule here, in the package-info and
 * in architecture.md together.
 */
class PackageDependenciesTest {

    private static JavaClasses ours;

    @BeforeAll
    static void importMainClasses() {
        ours = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.enchufe");
    }

    private static void mayUseOnly(String pkg, String... allowed) {
        classes().that().resideInAPackage("org.enchufe." + pkg + "..")
                .should().onlyDependOnClassesThat(or(resideOutsideOfPackage("org.enchufe.."), resideInAnyPackage(allowed)))
                .because("package-info of " + pkg + " says so")
                .check(ours);
    }

    @Test
    void langDependsOnNothingOfOurs() {
        mayUseOnly("lang", "org.enchufe.lang..");
    }

    @Test
    void eventsDependOnNothingOfOurs() {
        mayUseOnly("events", "org.enchufe.events..");
    }

    @Test
    void theVirtualNetworkKnowsNothingOfProcesses() {
        mayUseOnly("kernel.net", "org.enchufe.kernel.net..");
    }

    @Test
    void kernelDependsOnLangAndEvents() {
        mayUseOnly("kernel", "org.enchufe.kernel..", "org.enchufe.lang..", "org.enchufe.events..");
    }

    @Test
    void sandboxDependsOnKernelLangAndEvents() {
        mayUseOnly("sandbox", "org.enchufe.sandbox..", "org.enchufe.kernel..", "org.enchufe.lang..", "org.enchufe.events..");
    }

    @Test
    void workbenchDependsOnSandboxKernelEventsAndTheVmTypesTheirCallsTake() {
        // Limits and StopReason are how a sandbox is configured and stopped: the kernel's API takes them.
        classes().that().resideInAPackage("org.enchufe.workbench..")
                .should().onlyDependOnClassesThat(or(resideOutsideOfPackage("org.enchufe.."),
                        resideInAnyPackage("org.enchufe.workbench..", "org.enchufe.sandbox..", "org.enchufe.kernel..",
                                "org.enchufe.events.."),
                        belongToAnyOf(Limits.class, StopReason.class)))
                .because("package-info of workbench says so")
                .check(ours);
    }

    @Test
    void lessonsDependOnKernelEventsAndLang() {
        mayUseOnly("lessons", "org.enchufe.lessons..", "org.enchufe.kernel..", "org.enchufe.events..", "org.enchufe.lang..");
    }

    @Test
    void courseDependsOnLessonsWorkbenchSandboxKernelAndEvents() {
        mayUseOnly("course", "org.enchufe.course..", "org.enchufe.lessons..", "org.enchufe.workbench..",
                "org.enchufe.sandbox..", "org.enchufe.kernel..", "org.enchufe.events..");
    }

    @Test
    void classroomDependsOnLessonsAndEvents() {
        classes().that().resideInAPackage("org.enchufe.classroom..")
                .and().resideOutsideOfPackages("org.enchufe.classroom.progress..", "org.enchufe.classroom.live..")
                .should().onlyDependOnClassesThat(or(resideOutsideOfPackage("org.enchufe.."),
                        resideInAnyPackage("org.enchufe.classroom..", "org.enchufe.lessons..", "org.enchufe.events..")))
                .because("package-info of classroom says so")
                .check(ours);
    }

    @Test
    void theProgressHistoryDependsOnCourseLessonsAndEvents() {
        mayUseOnly("classroom.progress", "org.enchufe.classroom", "org.enchufe.classroom.progress..", "org.enchufe.course..",
                "org.enchufe.lessons..", "org.enchufe.events..");
    }

    @Test
    void theDashboardDependsOnTheClassroomCourseWorkbenchLessonsKernelAndEvents() {
        mayUseOnly("classroom.live", "org.enchufe.classroom..", "org.enchufe.course..", "org.enchufe.workbench..",
                "org.enchufe.lessons..", "org.enchufe.kernel..", "org.enchufe.events..");
    }

    @Test
    void classroomPeopleDependOnNothingOfOurs() {
        mayUseOnly("classroom.people", "org.enchufe.classroom.people..");
    }

    @Test
    void theWorkbenchLessonsAndClassroomDriveASandboxOnlyThroughItsCommands() {
        // LiveSandbox's commands and snapshot are the one surface: no kernel internals reached into.
        noClasses().that().resideInAnyPackage("org.enchufe.workbench..", "org.enchufe.course..", "org.enchufe.classroom..")
                .should().dependOnClassesThat(belongToAnyOf(org.enchufe.kernel.Sandbox.class, org.enchufe.kernel.Process.class,
                        org.enchufe.kernel.net.HostNetwork.class))
                .because("a sandbox is driven through sandbox.LiveSandbox's commands")
                .check(ours);
    }

    @Test
    void nothingDependsOnWeb() {
        noClasses().that().resideOutsideOfPackage("org.enchufe.web..")
                .should().dependOnClassesThat().resideInAPackage("org.enchufe.web..")
                .check(ours);
    }

    @Test
    void nothingDependsOnTheEntryPoints() {
        // org.enchufe itself holds main(), the run command and the health check: the top of the map.
        noClasses().that().resideOutsideOfPackage("org.enchufe")
                .should().dependOnClassesThat().resideInAPackage("org.enchufe")
                .check(ours);
    }
}
