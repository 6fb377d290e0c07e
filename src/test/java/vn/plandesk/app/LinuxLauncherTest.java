package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux package's launcher (src/package/launcher-linux.sh, put in place of jpackage's own): it starts the app
 * image's runtime with the options and class path of jpackage's configuration, the officer's arguments last and whole.
 */
class LinuxLauncherTest {
    @Test
    void theRuntimeGetsTheConfiguredOptionsClassPathAndMainClassThenTheArgumentsWhole(@TempDir Path dir)
            throws IOException, InterruptedException {
        assumeTrue(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux"), "a Linux launcher");
        // an app image as jpackage lays it out, in a folder with a space, whose "java" prints what it is given
        Path image = dir.resolve("Plan Desk");
        Path launcher = image.resolve("bin/PlanDesk");
        Path app = image.resolve("lib/app");
        Path java = image.resolve("lib/runtime/bin/java");
        Files.createDirectories(launcher.getParent());
        Files.createDirectories(app);
        Files.createDirectories(java.getParent());
        Files.copy(Path.of("src/package/launcher-linux.sh"), launcher);
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        assumeTrue(launcher.toFile().setExecutable(true) && java.toFile().setExecutable(true), "scripts can run here");
        Files.writeString(app.resolve("PlanDesk.cfg"), """
                [Application]
                app.classpath=$APPDIR/plandesk.jar
                app.mainclass=vn.plandesk.app.Launcher
                app.classpath=$APPDIR/h2.jar

                [JavaOptions]
                java-options=-Djpackage.app-version=0.1.0
                java-options=-XX:SharedArchiveFile=$APPDIR/plandesk.jsa
                java-options=-Xms32m""", StandardCharsets.UTF_8);

        Process p = new ProcessBuilder(launcher.toString(), "--db", "/tmp/kho dữ liệu", "export-pdf", "3", "")
                .redirectErrorStream(true).start();
        List<String> given = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, p.waitFor(), String.join("\n", given));

        String jars = app.toRealPath().toString();
        assertEquals(List.of("-Djpackage.app-version=0.1.0", "-XX:SharedArchiveFile=" + jars + "/plandesk.jsa",
                "-Xms32m", "-cp", jars + "/plandesk.jar:" + jars + "/h2.jar", "vn.plandesk.app.Launcher",
                "--db", "/tmp/kho dữ liệu", "export-pdf", "3", ""), given);
    }
}
