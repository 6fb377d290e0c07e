package vn.plandesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.service.Messages;

class CliDeriveTest {
    @TempDir
    Path dir;
    private String err;

    @AfterEach
    void vietnameseAgain() {
        Messages.setLocale(null);
    }

    private List<String> run(int expectedExit, String... args) {
        CliRun r = CliRun.on(dir, args);
        err = r.err();
        assertEquals(expectedExit, r.code(), err);
        return r.out().isEmpty() ? List.of() : List.of(r.out().split("\n"));
    }

    @Test
    void derivesDiffsAndChecks() {
        assertEquals(List.of("1", "2", "3", "4"), run(0, "samples"));
        assertEquals(List.of("5"), run(0, "derive", "2", "--ward", "phường Chơn Thành", "--tasks", "1,3,5-9"));
        List<String> show = run(0, "show", "5");
        assertTrue(show.stream().anyMatch(l -> l.contains("Phối hợp thực hiện")), String.join("\n", show));
        assertEquals(List.of("6"), run(0, "derive", "4", "--ward", "xã Nha Bích", "--all"));

        assertEquals(List.of("Không có thay đổi."), run(0, "diff", "5"));
        List<String> diff = run(0, "diff", "2", "4");
        assertTrue(diff.contains("Đổi số thứ tự 3 → 1.đ): " + diffExcerpt(diff, "3 → 1.đ)")), String.join("\n", diff));
        assertTrue(diff.stream().anyMatch(l -> l.startsWith("Bỏ nhiệm vụ 1:")));
        assertTrue(diff.stream().anyMatch(l -> l.startsWith("Thêm nhiệm vụ 1.a):")));

        List<String> gaps = run(0, "check", "5");
        assertEquals(6 * 3, gaps.size(), "six tasks without lead unit, deadline or result: " + gaps);
        assertTrue(gaps.get(0).startsWith("Nhóm I, nhiệm vụ 1: thiếu rõ người"), gaps.get(0));
        List<String> sample = run(0, "check", "3");
        assertTrue(sample.stream().allMatch(l -> l.contains("thiếu rõ sản phẩm")), String.join("\n", sample));
        assertTrue(run(0, "--lang", "en", "check", "6").get(0).contains("not clear who"));
    }

    private static String diffExcerpt(List<String> lines, String marker) {
        String line = lines.stream().filter(l -> l.contains(marker)).findFirst().orElse("");
        return line.substring(line.indexOf(": ") + 2);
    }

    @Test
    void refusesWhatItCannotDo() {
        run(0, "samples");
        run(Cli.USAGE, "derive", "2", "--tasks", "1");
        assertTrue(err.contains("--ward"), err);
        run(Cli.USAGE, "derive", "2", "--ward", "Chơn Thành");
        assertTrue(err.contains("--all"), err);
        run(Cli.FAILED, "derive", "2", "--ward", "Chơn Thành", "--tasks", "2");
        assertTrue(err.contains("không có nhiệm vụ số 2"), err);
        run(Cli.FAILED, "check", "99");
        run(Cli.USAGE, "diff");
    }
}
