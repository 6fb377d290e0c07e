package vn.plandesk.ui.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.service.Messages;
import vn.plandesk.service.PlanService;
import vn.plandesk.service.SampleLibrary;
import vn.plandesk.service.StoreBackups;
import vn.plandesk.store.Database;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.ui.BackgroundWork;
import vn.plandesk.ui.FxThread;

/** The backups dialog's model: the list with kinds, and a restore that happens at the next start, keeping the store. */
class BackupsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void theDaysBackupsAreListedAndOneIsRestoredAtTheNextStartWithTheStoreKeptAside() throws Exception {
        FxThread.start();
        Messages.setLocale(Messages.VIETNAMESE);
        Clock clock = Clock.fixed(Instant.parse("2026-11-27T09:30:00Z"), ZoneOffset.UTC);
        try (Database db = Database.open(dir); BackgroundWork work = new BackgroundWork(e -> { })) {
            PlanRepository plans = new PlanRepository(db);
            plans.insert(new SampleLibrary().plans().get(3));
            StoreBackups backups = new StoreBackups(db, clock);
            assertEquals(2, backups.daily().size());
            plans.insert(new SampleLibrary().plans().get(2)); // after the backup: gone once it is restored

            BackupsViewModel model = new BackupsViewModel(backups, work);
            FxThread.run(model::load);
            FxThread.awaitIdle(work);
            List<StoreBackups.Backup> list = FxThread.call(() -> List.copyOf(model.list()));
            assertEquals(List.of("Hằng ngày", "Hằng tuần"), list.stream().map(StoreBackups.Backup::kind).sorted()
                    .toList());
            assertTrue(list.stream().allMatch(StoreBackups.Backup::readable));
            StoreBackups.Backup daily = list.stream().filter(b -> b.kind().equals("Hằng ngày")).findFirst()
                    .orElseThrow();
            assertEquals("plandesk-daily-20261127.zip", daily.name());
            FxThread.run(() -> {
                model.selectedProperty().set(daily);
                model.restore();
            });
            assertTrue(FxThread.call(() -> model.restoreAskedProperty().get()));
            assertTrue(FxThread.call(() -> model.statusProperty().get()).startsWith(
                    "Bản sao lưu plandesk-daily-20261127.zip sẽ được khôi phục khi PlanDesk mở lại"));
            assertEquals(2, plans.list().size(), "nothing changes while the store is open");
        }
        try (Database db = Database.open(dir)) {
            assertEquals(1, new PlanRepository(db).list().size(), "the backup is in place at the next start");
        }
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("plandesk-kept-aside-")),
                    "the store as it was is kept aside");
        }
        assertTrue(!Files.exists(dir.resolve("restore-on-start.txt")), "restored once, not at every start");
    }

    @Test
    void anImportIsPrecededByABackupThatReadsBack() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-27T09:30:00Z"), ZoneOffset.UTC);
        try (Database db = Database.open(dir)) {
            PlanService service = new PlanService(new PlanRepository(db));
            service.backUpWith(new StoreBackups(db, clock));
            byte[] file = new vn.plandesk.io.json.PlanJson().write(new SampleLibrary().plans().get(3));
            service.importJson(file);
        }
        assertTrue(Files.exists(dir.resolve("backups").resolve("plandesk-before-import-20261127-093000.zip")));
    }
}
