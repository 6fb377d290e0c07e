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
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;

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

}
