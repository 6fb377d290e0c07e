package vn.plandesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The class-data archive: which JVM options its child runs keep, how the lists of several runs are put together, and
 * that an archive made from a list holds picocli's classes, which JDK 17's dynamic archive cannot.
 */
class ClassDataArchiveTest {
    @TempDir
    Path dir;

    @Test
    void childRunsKeepTheModuleAndHeapOptionsButNotTheArchiveOrAttachedTools() {
        List<String> kept = ClassDataArchive.inherited(List.of(
                "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED",
                "-XX:SharedArchiveFile=/opt/plandesk/lib/app/plandesk.jsa", "-Xshare:auto", "-Xlog:cds*=off",
                "-XX:+UseSerialGC", "-Xms32m", "-XX:ArchiveClassesAtExit=old.jsa", "-XX:DumpLoadedClassList=x",
                "-XX:SharedClassListFile=y", "-agentlib:jdwp=transport=dt_socket", "-javaagent:jacoco.jar",
                "-agentpath:/p.so", "-XX:StartFlightRecording=filename=a.jfr", "-Djpackage.app-version=0.1.0"));
        assertEquals(List.of("--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED", "-XX:+UseSerialGC",
                "-Xms32m", "-Djpackage.app-version=0.1.0"), kept);
    }

    @Test
    void theArchivesClassPathIsAbsoluteSoThatAStartFromAnotherFolderMapsItToo() {
        String cwd = Path.of("").toAbsolutePath().toString();
        String sep = java.io.File.pathSeparator;
        assertEquals(Path.of(cwd, "plandesk.jar") + sep + Path.of(cwd, "lib", "h2.jar") + sep
                        + Path.of("/opt/plandesk/lib/app/poi.jar").toAbsolutePath(),
                ClassDataArchive.absolute("plandesk.jar" + sep + "lib/../lib/h2.jar" + sep
                        + "/opt/plandesk/lib/app/poi.jar"));
    }

    @Test
    void theListsOfSeveralRunsGiveEachClassOnceInTheOrderFirstLoadedWithoutComments() {
        List<String> merged = ClassDataArchive.merged(List.of(
                List.of("# NOTE: Do not modify this file.", "java/lang/Object", "picocli/CommandLine", ""),
                List.of("# again", "java/lang/Object", "javafx/scene/Scene",
                        "@lambda-proxy vn/plandesk/ui/MainWindow run ()Ljava/lang/Runnable;"),
                List.of("picocli/CommandLine", "javafx/scene/Scene", "vn/plandesk/ui/MainWindow")));
        assertEquals(List.of("java/lang/Object", "picocli/CommandLine", "javafx/scene/Scene",
                "@lambda-proxy vn/plandesk/ui/MainWindow run ()Ljava/lang/Runnable;", "vn/plandesk/ui/MainWindow"),
                merged);
    }

    @Test
    void anArchiveMadeFromAClassListHoldsPicocliAndIsMappedByALaterStart() throws Exception {
        Path picocli = Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ClassDataArchive cds = new ClassDataArchive(java, picocli.toString(), List.of("-XX:+UseSerialGC"), dir);
        Files.write(cds.classList(), List.of("# a list", "java/lang/Object", "picocli/CommandLine",
                "picocli/AutoComplete", "picocli/CommandLine$Help"), StandardCharsets.UTF_8);
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        assertTrue(cds.writeArchive(false, new PrintStream(err, true, StandardCharsets.UTF_8)),
                err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.size(cds.archive()) > 0);

        // -Xshare:on: the JVM refuses to start when it cannot map the archive
        Path log = dir.resolve("classes.log");
        Process p = new ProcessBuilder(java.toString(), "-XX:+UseSerialGC", "-Xshare:on",
                "-XX:SharedArchiveFile=" + cds.archive(), "-Xlog:class+load=info:file=" + log, "-cp",
                picocli.toString(), "picocli.AutoComplete", "--help").redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertEquals(0, p.waitFor(), Files.readString(dir.resolve("out.txt")));
        assertTrue(Files.readAllLines(log).stream()
                .anyMatch(l -> l.contains("picocli.CommandLine ") && l.contains("shared objects file")),
                "picocli.CommandLine was read from its jar, not mapped from the archive");
    }

    @Test
    void aDumpThatFailsLeavesNoArchiveAndTellsWhatTheJvmSaid() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path picocli = Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ClassDataArchive cds = new ClassDataArchive(java, picocli.toString(), List.of("-XX:+NoSuchOptionOfTheJvm"),
                dir);
        Files.write(cds.classList(), List.of("java/lang/Object"), StandardCharsets.UTF_8);
        Files.writeString(cds.archive(), "an archive of an older version");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        assertFalse(cds.writeArchive(false, new PrintStream(err, true, StandardCharsets.UTF_8)));

        assertFalse(Files.exists(cds.archive()), "the older archive would not match the program any more");
        String told = err.toString(StandardCharsets.UTF_8);
        assertTrue(told.contains("no class-data archive written") && told.contains("NoSuchOptionOfTheJvm"), told);
    }
}
