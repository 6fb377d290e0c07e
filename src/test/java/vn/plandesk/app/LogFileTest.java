package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log keeps the runs before this one, under a cap, in one rotated file. */
class LogFileTest {
    @TempDir
    Path dir;

    /** What the logging backend does at each start: empties the log and writes this run's lines. */
    private void run(String lines) throws Exception {
        LogFile.keepEarlierRuns(dir.resolve(LogFile.NAME));
        Files.writeString(dir.resolve(LogFile.NAME), lines, StandardCharsets.UTF_8);
    }

    @Test
    void theRunsBeforeThisOneAreKeptInOrder() throws Exception {
        run("");
        run("[WARN] run 1\n");
        run("[WARN] run 2\n");
        run("[WARN] run 3\n");
        assertEquals("[WARN] run 3\n", Files.readString(dir.resolve("plandesk.log")));
        assertEquals("[WARN] run 1\n[WARN] run 2\n", Files.readString(dir.resolve("plandesk.log.1")));
    }

    @Test
    void theEarlierRunsStayUnderTheCapFromALinesStart() throws Exception {
        String line = "[WARN] vn.plandesk.store.Database - một dòng nhật ký khá dài để làm đầy tệp\n";
        StringBuilder big = new StringBuilder();
        int n = 0;
        while (big.length() < 3 * LogFile.EARLIER_CAP / 2) {
            big.append(n++).append(' ').append(line);
        }
        run(big.toString());
        run(big.toString());
        run("[WARN] last\n");
        Path earlier = dir.resolve("plandesk.log.1");
        assertTrue(Files.size(earlier) <= LogFile.EARLIER_CAP, "capped: " + Files.size(earlier));
        String kept = Files.readString(earlier, StandardCharsets.UTF_8);
        assertTrue(kept.matches("(?s)\\d+ \\[WARN\\] .*"), "starts at a line: " + kept.substring(0, 40));
        assertTrue(kept.endsWith((n - 1) + " " + line), "the newest lines are kept");
    }
}
