package vn.plandesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench-start's measurement of one process, and its comparison of several programs in one run. */
class StartBenchmarkTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void aProcessIsTimedWithItsOwnCpuTimeAndPeakMemory(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "CPU and memory of children are read from /proc");
        Path busy = script(dir, "busy", "i=0\nwhile [ $i -lt 200000 ]; do i=$((i+1)); done\n");
        StartBenchmark bench = new StartBenchmark(out, List.of(busy.toString()));

        StartBenchmark.Measured m = bench.cli(List.of(busy.toString()), List.of());

        assertTrue(m.cpuMs() >= 30, "a busy shell loop burns CPU: " + m);
        // one thread cannot burn more CPU than the time it ran (10 ms is the kernel's tick)
        assertTrue(m.cpuMs() <= m.ms() + 10, "only the child's own CPU time is counted: " + m);
        assertTrue(m.peakKb() > 0, "its peak resident memory is read while it runs: " + m);
    }

    @Test
    void aFailedProcessCountsAsFailed(@TempDir Path dir) throws IOException {
        Path failing = script(dir, "failing", "exit 3\n");
        StartBenchmark bench = new StartBenchmark(out, List.of(failing.toString()));

        StartBenchmark.Measured m = bench.cli(List.of(failing.toString()), List.of());

        assertEquals(-1, m.ms());
        assertEquals(-1, m.cpuMs());
    }

    @Test
    void severalProgramsAreTimedInTurnsAndPrintedSideBySide() throws IOException {
        StartBenchmark bench = new StartBenchmark(out, List.of("old", "new"));
        List<String> order = new ArrayList<>();

        bench.row("export", 3, "≤ 350 ms", program -> {
            order.add(program.get(0));
            boolean old = program.get(0).equals("old");
            return new StartBenchmark.Measured(old ? 900 + order.size() : 300 + order.size(), old ? 2000 : 700, -1);
        });

        assertEquals(List.of("old", "new", "old", "new", "old", "new"), order, "runs interleave the programs");
        String line = printed.toString(StandardCharsets.UTF_8);
        assertTrue(line.matches("(?s)export\\s+903 ms \\(2000\\)\\s+304 ms \\(700\\)\\s+≤ 350 ms\\R"), line);
    }

    @Test
    void theJarIsTimedWithTheOptionsItRunsWithButMakesNoArchiveOrRecording() {
        assertEquals(List.of("-XX:SharedArchiveFile=plandesk.jsa", "-XX:TieredStopAtLevel=1", "-Xms32m"),
                StartBenchmark.jvmOptions(List.of("-XX:SharedArchiveFile=plandesk.jsa",
                        "-XX:ArchiveClassesAtExit=new.jsa", "-XX:TieredStopAtLevel=1",
                        "-XX:StartFlightRecording=filename=x.jfr", "-Xms32m",
                        "-agentlib:jdwp=transport=dt_socket,server=y")));
    }

    @Test
    void theLoadAverageIsPrintedWithTheFigures() {
        String line = StartBenchmark.loadAverage("before");
        assertTrue(line.matches("load average before \\(1, 5, 15 min\\): (unknown|[0-9.]+( [0-9.]+ [0-9.]+)?) on \\d+ cores"),
                line);
    }

    private static Path script(Path dir, String name, String body) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body);
        assumeTrue(file.toFile().setExecutable(true), "a shell script can be run here");
        return file;
    }
}
