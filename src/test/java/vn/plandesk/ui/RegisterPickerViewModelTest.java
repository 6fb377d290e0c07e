package vn.plandesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.IssuedDocument;
import vn.plandesk.model.PlanKind;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.service.register.DocumentRegister;
import vn.plandesk.service.tracking.TaskStatus;
import vn.plandesk.service.tracking.TrackingService;
import vn.plandesk.store.DocumentRepository;
import vn.plandesk.store.TrackingRepository;
import vn.plandesk.ui.RegisterPickerViewModel.Line;

/**
 * The register picker of the tracking page without a window: seed 003's register listed and searched as the plan is,
 * documents chosen as a task's evidence (one step of undo each time), a new document added, a repeat refused.
 */
class RegisterPickerViewModelTest {
    private static final Period Q1_2026 = Period.quarter(2026, 1);

    @TempDir
    Path dir;
    private OpenPlanFixture fixture;
    private DocumentRegister register;
    private TrackingViewModel page;
    private PlanTask task;

    @BeforeEach
    void open() {
        fixture = new OpenPlanFixture(dir);
        register = new DocumentRegister(new DocumentRepository(fixture.db));
        register.loadSamples();
        TrackingService tracking = new TrackingService(new TrackingRepository(fixture.db));
        task = fixture.open(fixture.first(PlanKind.WARD)).allTasks().get(0);
        page = FxThread.call(() -> new TrackingViewModel(fixture.context, tracking, register));
        FxThread.run(() -> page.period().set(Q1_2026));
        FxThread.awaitIdle(fixture.context.background());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private TaskStatus row() {
        return FxThread.call(() -> page.rows().stream().filter(r -> !r.heading() && r.task().task().id()
                .equals(task.id())).findFirst().orElseThrow().task());
    }

    private RegisterPickerViewModel picker() {
        RegisterPickerViewModel p = FxThread.call(() -> page.picker(row()));
        FxThread.awaitIdle(fixture.context.background());
        return p;
    }

    private List<String> shown(RegisterPickerViewModel p) {
        return FxThread.call(() -> p.shown().stream().map(l -> l.document().numberAndSymbol()).toList());
    }

    private Line line(RegisterPickerViewModel p, String numberAndSymbol) {
        return FxThread.call(() -> p.shown().stream().filter(l -> l.document().numberAndSymbol()
                .equals(numberAndSymbol)).findFirst().orElseThrow());
    }

    private ProgressEntry stored() {
        return new TrackingService(new TrackingRepository(fixture.db)).progress(fixture.context.plan().id())
                .entry(task.id(), Q1_2026).orElseThrow();
    }

    @Test
    void listsTheRegisterAndSearchesItWithoutDiacriticsOrCase() {
        RegisterPickerViewModel p = picker();
        assertEquals(register.list().size(), shown(p).size(), "every entry of the register, repeats included");
        Line first = FxThread.call(() -> p.shown().get(0));
        assertEquals("Quyết định", first.type());
        assertEquals("2556/QĐ-UBND", first.numberAndSymbol());
        assertEquals("06/11/2025", first.date());
        assertTrue(FxThread.call(() -> p.shown().stream().anyMatch(l -> l.document().repeated()
                && l.numberAndSymbol().contains("(lặp lại mục"))), "a repeated entry of the seed says so");

        FxThread.run(() -> p.search().set("CHUYEN DOI SO 2556"));
        assertEquals(List.of("2556/QĐ-UBND"), shown(p), "every word, diacritics and case ignored");
        FxThread.run(() -> p.search().set("06/11/2025"));
        assertTrue(shown(p).contains("2556/QĐ-UBND"), "by its date as the screen shows it");
        FxThread.run(() -> p.search().set("không có văn bản này"));
        assertEquals(List.of(), shown(p));
        FxThread.run(() -> p.search().set(""));
        assertEquals(register.list().size(), shown(p).size());
    }

    @Test
    void documentsChosenAreCitedAsOneUndoStepAndTakenOffAsAnother() {
        int steps = fixture.undoSteps();
        RegisterPickerViewModel p = picker();
        IssuedDocument a = line(p, "2556/QĐ-UBND").document();
        IssuedDocument b = line(p, "1958/QĐ-UBND").document();
        FxThread.run(() -> {
            line(p, "2556/QĐ-UBND").chosen().set(true);
            p.choose(b.id(), true);
        });
        assertEquals(List.of(a.id(), b.id()), p.chosenIds(), "several chosen, in the order chosen");
        FxThread.run(() -> page.setDocuments(row(), p.chosenIds()));
        assertEquals(steps + 1, fixture.undoSteps(), "the choice is one step of undo");
        assertEquals(List.of(a.id(), b.id()), stored().documentIds());
        assertEquals("2556/QĐ-UBND ngày 06/11/2025\n1958/QĐ-UBND ngày 29/10/2025",
                FxThread.call(() -> page.citations(row())), "the entry names what it cites");

        RegisterPickerViewModel again = picker();
        assertEquals(List.of(a.id(), b.id()), again.chosenIds(), "the picker opens on what the entry cites");
        assertTrue(FxThread.call(() -> line(again, "1958/QĐ-UBND").chosen().get()));
        FxThread.run(() -> page.setDocuments(row(), again.chosenIds()));
        assertEquals(steps + 1, fixture.undoSteps(), "the same choice again is no edit");
        FxThread.run(() -> again.choose(a.id(), false));
        FxThread.run(() -> page.setDocuments(row(), again.chosenIds()));
        assertEquals(steps + 2, fixture.undoSteps());
        assertEquals(List.of(b.id()), stored().documentIds(), "taken off the evidence, kept in the register");
        assertTrue(register.find(a.id()).isPresent());

        FxThread.run(() -> fixture.context.editor().undo());
        assertEquals(List.of(a.id(), b.id()), stored().documentIds(), "Ctrl+Z puts it back");
        assertEquals(List.of(a.id(), b.id()), row().entry().documentIds(), "and the page shows it at once");
    }

    @Test
    void aNewDocumentIsAddedWithItsFileAndChosenARepeatIsToldAndNotStored() throws Exception {
        RegisterPickerViewModel p = picker();
        int before = register.list().size();
        Path pdf = Files.write(dir.resolve("kh12.pdf"), "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        FxThread.run(() -> {
            typeKeHoach12(p);
            p.summary().set("về chuyển đổi số năm 2026");
            p.file().set(pdf);
            p.add();
        });
        FxThread.awaitIdle(fixture.context.background());
        assertEquals(before + 1, register.list().size());
        IssuedDocument added = register.list().get(before);
        assertEquals("12/KH-UBND", added.numberAndSymbol());
        assertEquals(java.time.LocalDate.of(2026, 2, 5), added.date());
        assertNotNull(added.file(), "its file is kept in the store");
        assertTrue(register.fileOf(added).isPresent());
        assertEquals(List.of(added.id()), p.chosenIds(), "the new document is chosen");
        assertTrue(FxThread.call(() -> p.message().get()).startsWith("Đã thêm Kế hoạch số 12/KH-UBND"));
        assertFalse(FxThread.call(() -> p.problem().get()));
        assertEquals("", FxThread.call(() -> p.number().get()), "the fields are cleared for the next one");
        FxThread.run(() -> page.setDocuments(row(), p.chosenIds()));
        assertEquals("12/KH-UBND ngày 05/02/2026", FxThread.call(() -> page.citations(row())),
                "the page names a document added in the picker");

        // the same number, symbol, date and issuer again: told in one sentence, not stored twice
        FxThread.run(() -> {
            typeKeHoach12(p);
            p.add();
        });
        FxThread.awaitIdle(fixture.context.background());
        assertEquals(before + 1, register.list().size(), "not stored twice");
        String said = FxThread.call(() -> p.message().get());
        assertTrue(said.contains("đã có trong sổ văn bản") && !said.contains("Exception"), said);
        assertTrue(FxThread.call(() -> p.problem().get()));

        // a date that is no date: one sentence, nothing written
        FxThread.run(() -> {
            p.number().set("13");
            p.date().set("31/02/2026");
            p.add();
        });
        FxThread.awaitIdle(fixture.context.background());
        assertEquals(before + 1, register.list().size());
        assertEquals("Ngày \"31/02/2026\" không đúng; hãy ghi ngày như 06/11/2025.",
                FxThread.call(() -> p.message().get()));
    }

    /** Types Kế hoạch số 12/KH-UBND ngày 05/02/2026 của UBND phường Chơn Thành into the picker's new document. */
    private static void typeKeHoach12(RegisterPickerViewModel p) {
        p.type().set(DocumentType.KE_HOACH);
        p.number().set("12");
        p.symbol().set("KH-UBND");
        p.date().set("05/02/2026");
        p.issuer().set("UBND phường Chơn Thành");
    }
}
