package vn.plandesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.service.Messages;

/** The replacement mapping on the command line: remap WARD --to PLAN [--json] [--reference FILE]. */
class CliRemapTest {
    @TempDir
    Path dir;
    private String err;

    @AfterEach
    void vietnameseAgain() {
        Messages.setLocale(null);
    }

    private String run(int expectedExit, String... args) {
        CliRun r = CliRun.on(dir.resolve("store"), args);
        err = r.err();
        assertEquals(expectedExit, r.code(), err);
        return r.out();
    }

    @Test
    void listsEveryWardTaskWithThreeCandidatesBestFirstAndADecision() throws IOException {
        run(0, "samples");
        JsonNode list = new ObjectMapper().readTree(run(0, "remap", "3", "--to", "4", "--json"));
        assertEquals(76, list.size(), "every task of the Chơn Thành plan");
        for (JsonNode p : list) {
            assertTrue(p.get("wardTask").isTextual() && p.get("parentTask").isTextual(), p.toString());
            JsonNode c = p.get("candidates");
            assertTrue(c.size() >= 3, p.toString());
            for (int i = 1; i < c.size(); i++) {
                assertTrue(c.get(i - 1).get("score").asDouble() >= c.get(i).get("score").asDouble(), p.toString());
            }
            assertTrue(Set.of("match", "none", "several").contains(p.get("decision").asText()), p.toString());
        }
        JsonNode second = list.get(1);
        assertEquals("2", second.get("wardTask").asText());
        assertEquals("3", second.get("parentTask").asText(), "ward task 2 cites KH 92 task 3");
        assertEquals("1.đ)", second.get("candidates").get(0).get("task").asText());
        assertEquals("match", second.get("decision").asText());

        String lines = run(0, "remap", "3", "--to", "4");
        assertTrue(lines.startsWith("1\t1\tứng với\t1.a) (0."), lines);
    }

    @Test
    void printsTheFiguresAgainstALabelledReference() throws IOException {
        run(0, "samples");
        Path table = dir.resolve("reference.tsv");
        try (InputStream in = getClass().getResourceAsStream("/remap/chon-thanh-to-2026.tsv")) {
            Files.write(table, in.readAllBytes());
        }
        String figures = run(0, "remap", "3", "--to", "4", "--reference", table.toString());
        assertTrue(figures.startsWith("Độ chính xác (ứng viên thứ nhất) 0,9"), figures);
        assertTrue(figures.contains("(76 nhiệm vụ, 70 có nhiệm vụ tương ứng"), figures);
    }

    @Test
    void refusesWhatItCannotDo() {
        run(0, "samples");
        run(Cli.USAGE, "remap", "3");
        assertTrue(err.contains("--to"), err);
        run(Cli.FAILED, "remap", "3", "--to", "2");
        assertTrue(err.contains("diff"), err);
    }
}
