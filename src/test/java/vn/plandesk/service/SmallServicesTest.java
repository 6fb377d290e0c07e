package vn.plandesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;

/** The officer's settings, exported files written whole or not at all, and the CLI's plain-text table. */
class SmallServicesTest {
    @TempDir
    Path dir;

    @Test
    void settingsAreKeptInTheStoreFolderAndReadBack() {
        Settings s = new Settings(dir);
        assertTrue(s.get("lang").isEmpty());
        s.put("lang", "en");
        s.put("split", 0.25);
        s.put("lastPlan", 42L);
        s.put("bad", "không phải số");
        s.save();
        Settings again = new Settings(dir);
        assertEquals(Optional.of("en"), again.get("lang"));
        assertEquals(0.25, again.getDouble("split", 0.5));
        assertEquals(0.5, again.getDouble("missing", 0.5));
        assertEquals(0.5, again.getDouble("bad", 0.5));
        assertEquals(Optional.of(42L), again.getLong("lastPlan"));
        assertEquals(Optional.empty(), again.getLong("bad"));
        assertEquals(Optional.empty(), again.getLong("missing"));
        again.put("lang", null);
        again.save();
        assertTrue(new Settings(dir).get("lang").isEmpty());
        assertFalse(Files.exists(dir.resolve(Settings.FILE_NAME + ".tmp")));
    }

    @Test
    void unreadableOrUnwritableSettingsFallBackWithoutStoppingWork() throws IOException {
        Files.createDirectories(dir.resolve(Settings.FILE_NAME));
        Settings s = new Settings(dir);
        assertTrue(s.get("lang").isEmpty());
        s.put("lang", "en");
        s.save(); // the place is taken by a folder: logged, not thrown
        assertEquals(Optional.of("en"), s.get("lang"));
    }

    @Test
    void anExportedFileIsWrittenWholeOrNotAtAll() throws IOException {
        Path file = dir.resolve("ra/tep.txt");
        SafeFile.write(file, "pdf.cannotWrite", out -> out.write("một".getBytes(StandardCharsets.UTF_8)));
        assertEquals("một", Files.readString(file));

        PlanDeskException e = assertThrows(PlanDeskException.class, () -> SafeFile.write(file, "pdf.cannotWrite", out -> {
            out.write("nửa".getBytes(StandardCharsets.UTF_8));
            throw new IOException("đĩa đầy");
        }));
        assertEquals("pdf.cannotWrite", e.key());
        assertEquals(file.toAbsolutePath().toString(), e.args()[0]);
        assertEquals("đĩa đầy", e.args()[1]);
        assertEquals("một", Files.readString(file), "the old file stays as it was");
        try (var listing = Files.list(dir.resolve("ra"))) {
            assertEquals(List.of(file), listing.toList(), "no part file is left behind");
        }

        Files.writeString(dir.resolve("tệp"), "");
        assertEquals("pdf.cannotWrite", assertThrows(PlanDeskException.class,
                () -> SafeFile.write(dir.resolve("tệp/con.pdf"), "pdf.cannotWrite", out -> { })).key());
    }

    @Test
    void theTableShowsEachGroupWithItsTasksUnderAHeader() {
        String longName = "Triển khai " + "chuyển đổi số ".repeat(8) + "trên địa bàn phường";
        PlanTask sub = PlanTask.named("1.1", "Việc con");
        PlanTask task = PlanTask.named("1", longName).withDeadline(Deadline.of("Quý II/2026 và các năm tiếp theo"))
                .withSubTasks(List.of(sub));
        Plan sample = new SampleLibrary().plan("chon-thanh-ward-plan.json");
        List<TaskGroup> groups = new java.util.ArrayList<>(sample.groups());
        groups.set(0, new TaskGroup(1, "Nhóm một", List.of(task)));
        groups.set(1, new TaskGroup(2, "Nhóm hai", List.of()));
        Plan plan = sample.withGroups(groups);
        List<String> lines = PlanTable.render(plan).lines().toList();
        assertEquals(plan.documentType() + " " + plan.ref().citation(), lines.get(0));
        assertEquals(plan.summary(), lines.get(1));
        assertEquals("I. Nhóm một", lines.get(3));
        assertTrue(lines.get(4).startsWith("  STT    STT (KH cấp trên) Nhiệm vụ"), lines.get(4));
        String first = lines.get(5);
        assertTrue(first.startsWith("  1      "), first);
        assertTrue(first.contains("Quý II/2026 và các nă…"), "a long deadline is cut: " + first);
        List<String> wrapped = PlanTable.wrap(longName, 70);
        assertTrue(wrapped.size() > 1);
        assertTrue(wrapped.stream().allMatch(l -> l.length() <= 70), wrapped.toString());
        assertEquals(longName, String.join(" ", wrapped));
        assertTrue(first.contains(wrapped.get(0)));
        assertEquals("  " + " ".repeat(6) + " " + " ".repeat(8) + " " + wrapped.get(1), lines.get(6));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  1.1    ") && l.contains("  Việc con")), lines.toString());
        assertTrue(lines.contains("II. Nhóm hai"));
    }
}
