package vn.plandesk.service.office;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanBuilder;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.service.SampleLibrary;
import vn.plandesk.store.Database;
import vn.plandesk.store.PlanRepository;

/**
 * The Excel and Word files the officer saves: the name offered (the kind of document and the place, without
 * diacritics, so that every mail program keeps it), the file written where asked or not at all, and a plan that is
 * not in the store refused in one sentence.
 */
class OfficeFileNamesTest {
    private static final Plan KH92 = new SampleLibrary().plan("kh92-2025-partial.json");

    @TempDir
    Path dir;

    @Test
    void theNameOfferedIsTheKindAndThePlaceWithoutDiacritics() {
        try (Database db = Database.open(dir)) {
            PlanRepository plans = new PlanRepository(db);
            OfficeExportService export = new OfficeExportService(plans);
            long province = plans.insert(KH92);
            assertEquals("KH-tinh-Dong-Nai.xlsx", export.suggestedName(province, "xlsx"));
            assertEquals("KH-tinh-Dong-Nai.docx", export.suggestedName(province, "docx"));
            long ward = plans.insert(PlanBuilder.from(KH92).symbol("").issuer("Ủy ban nhân dân xã Nha Bích").build());
            assertEquals("KH-xa-Nha-Bich.xlsx", export.suggestedName(ward, "xlsx"), "no symbol: a plan, KH");
            long decision = plans.insert(PlanBuilder.from(KH92).symbol("QĐ-UBND").issuer("").locality("Đắk Lắk")
                    .build());
            assertEquals("QD-Dak-Lak.xlsx", export.suggestedName(decision, "xlsx"), "no issuer: the locality");
            long bare = plans.insert(PlanBuilder.from(KH92).symbol("").issuer("").locality("").build());
            assertEquals("KH.docx", export.suggestedName(bare, "docx"), "no place to name: the kind alone");
        }
    }

    @Test
    void theWordFileIsWrittenWhereAskedOrNotAtAll() throws Exception {
        try (Database db = Database.open(dir)) {
            PlanRepository plans = new PlanRepository(db);
            OfficeExportService export = new OfficeExportService(plans);
            long id = plans.insert(KH92);
            Path file = dir.resolve("ra").resolve("KH-tinh-Dong-Nai.docx");
            export.exportDocx(id, file);
            byte[] written = Files.readAllBytes(file);
            assertArrayEquals(new byte[] {'P', 'K'}, java.util.Arrays.copyOf(written, 2), "a Word file is a zip");
            Files.writeString(dir.resolve("tệp"), "");
            Path blocked = dir.resolve("tệp").resolve("kh.docx");
            assertEquals("office.export.cannotWrite", assertThrows(PlanDeskException.class,
                    () -> export.exportDocx(id, blocked)).key());
            assertEquals("office.export.cannotWrite", assertThrows(PlanDeskException.class,
                    () -> export.exportXlsx(id, blocked)).key());
            assertFalse(Files.exists(blocked));
            PlanDeskException missing = assertThrows(PlanDeskException.class,
                    () -> export.exportDocx(id + 99, dir.resolve("khong-co.docx")));
            assertEquals("plan.notFound", missing.key());
            assertFalse(Files.exists(dir.resolve("khong-co.docx")));
        }
    }
}
