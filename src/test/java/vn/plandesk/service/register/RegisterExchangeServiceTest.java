package vn.plandesk.service.register;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.app.Services;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.IssuedDocument;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.tracking.Period;
import vn.plandesk.model.tracking.PlanProgress;
import vn.plandesk.model.tracking.ProgressEntry;
import vn.plandesk.model.tracking.ProgressStatus;
import vn.plandesk.service.SampleLibrary;
import vn.plandesk.service.edit.PlanEditor;

/** A ward plan travels with its reporting rules and the register, and arrives whole in another store. */
class RegisterExchangeServiceTest {
    @TempDir
    Path home;
    @TempDir
    Path elsewhere;

    @Test
    void aPlanWithItsRulesAndTheRegisterRoundTripsBetweenStores() {
        byte[] sent;
        List<IssuedDocument> register;
        try (Services s = Services.open(home)) {
            long ward = s.plans().list().stream().filter(p -> p.issuer().contains("Chơn Thành"))
                    .map(PlanSummary::id).findFirst().orElseThrow();
            sent = s.plans().exportJson(ward, true);
            register = s.documents().list();
            assertEquals(s.reporting().rules(ward).size(), 3);
        }
        try (Services s = Services.open(elsewhere, false)) {
            long id = s.plans().importJson(sent);
            assertEquals(3, s.reporting().rules(id).size());
            List<IssuedDocument> arrived = s.documents().list();
            assertEquals(register.size(), arrived.size(), "the repeated entries arrive flagged, as sent");
            for (int i = 0; i < arrived.size(); i++) {
                assertEquals(register.get(i).withId(null).withRepeatOf(null).withFile(null),
                        arrived.get(i).withId(null).withRepeatOf(null));
                assertEquals(register.get(i).repeated(), arrived.get(i).repeated());
            }
            assertArrayEquals(sent, s.plans().exportJson(id, true), "exported again: the same bytes");
            s.plans().importJson(sent);
            assertEquals(register.size(), s.documents().list().size(), "a second import adds no document twice");
            String withoutRegister = new String(s.plans().exportJson(id), StandardCharsets.UTF_8);
            assertEquals(-1, withoutRegister.indexOf("\"documents\""));
        }
    }

    private static final IssuedDocument DECISION = IssuedDocument.of(DocumentType.QUYET_DINH, "15", "QĐ-UBND",
            LocalDate.of(2026, 1, 12), "UBND phường Chơn Thành", "Về việc kiện toàn Ban Chỉ đạo chuyển đổi số");
    private static final IssuedDocument REPORT = IssuedDocument.of(DocumentType.BAO_CAO, "42", "BC-UBND",
            LocalDate.of(2026, 3, 25), "UBND phường Chơn Thành", "Kết quả chuyển đổi số Quý I/2026");
    private static final IssuedDocument NOTICE = IssuedDocument.of(DocumentType.THONG_BAO, "7", "TB-UBND",
            LocalDate.of(2026, 2, 2), "UBND phường Chơn Thành", "Lịch tập huấn kỹ năng số");

    @Test
    void progressEvidenceCitesTheSameDocumentsInTheStoreThatImportsIt() {
        Period q1 = Period.parse("2026-Q1");
        byte[] sent;
        Map<String, List<String>> cited = new HashMap<>();
        try (Services s = Services.open(home, false)) {
            long id = s.plans().add(new SampleLibrary().plan("chon-thanh-ward-plan.json"));
            s.documents().add(IssuedDocument.of(DocumentType.CONG_VAN, "3", "UBND", LocalDate.of(2026, 1, 5),
                    "UBND phường Chơn Thành", "Không được trích dẫn"));
            IssuedDocument decision = s.documents().add(DECISION).document();
            IssuedDocument report = s.documents().add(REPORT).document();
            IssuedDocument notice = s.documents().add(NOTICE).document();
            PlanEditor editor = s.editors().open(id);
            List<PlanTask> tasks = editor.plan().groups().get(0).tasks();
            List<List<IssuedDocument>> evidence = List.of(List.of(report, decision), List.of(notice), List.of(report));
            for (int i = 0; i < evidence.size(); i++) {
                List<Long> ids = evidence.get(i).stream().map(IssuedDocument::id).toList();
                s.tracking().record(editor, new ProgressEntry(tasks.get(i).id(), q1, ProgressStatus.DONE, "Xong",
                        null, "", "", "", "", ids));
                cited.put(tasks.get(i).name(), evidence.get(i).stream().map(IssuedDocument::citation).toList());
            }
            sent = s.plans().exportJson(id);
        }
        assertFalse(new String(sent, StandardCharsets.UTF_8).contains("Không được trích dẫn"),
                "the file carries the documents cited, not the whole register");
        try (Services s = Services.open(elsewhere, false)) {
            // the receiving register already holds two of them, under other ids, one with its issuer cited another way
            s.documents().add(IssuedDocument.of(DocumentType.KE_HOACH, "1", "KH-UBND", LocalDate.of(2026, 1, 2),
                    "UBND phường Chơn Thành", "Kế hoạch của phường"));
            s.documents().add(REPORT);
            s.documents().add(IssuedDocument.of(DocumentType.QUYET_DINH, "15", "QĐ-UBND", LocalDate.of(2026, 1, 12),
                    "Chủ tịch UBND phường Chơn Thành", "Về việc kiện toàn Ban Chỉ đạo chuyển đổi số"));
            long id = s.plans().importJson(sent);

            assertEquals(4, s.documents().list().size(), "only the missing document is added");
            Plan plan = s.plans().get(id);
            PlanProgress progress = s.tracking().progress(id);
            int checked = 0;
            for (PlanTask t : plan.groups().get(0).tasks()) {
                Optional<ProgressEntry> e = progress.entry(t.id(), q1);
                if (cited.containsKey(t.name())) {
                    List<String> citations = e.orElseThrow().documentIds().stream()
                            .map(d -> s.documents().get(d).citation()).toList();
                    assertEquals(withIssuerOfB(cited.get(t.name())), citations, t.name());
                    checked++;
                }
            }
            assertEquals(3, checked);
        }
    }

    /** The decision is held in the receiving register as the Chủ tịch's: the same document, cited as it holds it. */
    private static List<String> withIssuerOfB(List<String> citations) {
        return citations.stream().map(c -> c.equals(DECISION.citation()) ? DECISION.withId(null)
                .citation().replace("UBND phường", "Chủ tịch UBND phường") : c).toList();
    }

    @Test
    void aFileCitingADocumentItDoesNotCarryWritesNothing() {
        String bad = "{\"format\":\"plandesk-plan\",\"formatVersion\":2,\"plan\":{\"kind\":\"WARD\",\"summary\":\"x\","
                + "\"groups\":[{\"number\":1,\"title\":\"Nhóm\",\"tasks\":[{\"number\":\"1\",\"name\":\"Việc\"}]}]},"
                + "\"documents\":[{\"type\":\"KE_HOACH\",\"number\":\"1\"}],"
                + "\"tracking\":{\"progress\":[{\"task\":\"1/1\",\"period\":\"2026-Q1\",\"status\":\"DONE\","
                + "\"documents\":[2]}]}}";
        try (Services s = Services.open(elsewhere, false)) {
            PlanDeskException e = assertThrows(PlanDeskException.class,
                    () -> s.plans().importJson(bad.getBytes(StandardCharsets.UTF_8)));
            assertTrue(e.getMessage().contains("$.tracking.progress[0].documents[0]"), e.getMessage());
            assertEquals(List.of(), s.plans().list());
            assertEquals(List.of(), s.documents().list());
        }
    }

    @Test
    void aFileWithABadRuleWritesNothing() {
        String bad = "{\"format\":\"plandesk-plan\",\"formatVersion\":2,\"plan\":{\"kind\":\"WARD\",\"summary\":\"x\"},"
                + "\"documents\":[{\"type\":\"KE_HOACH\",\"number\":\"1\"}],"
                + "\"reportingRules\":[{\"kind\":\"YEAR\",\"day\":40,\"month\":11}]}";
        try (Services s = Services.open(elsewhere, false)) {
            assertThrows(PlanDeskException.class, () -> s.plans().importJson(bad.getBytes(StandardCharsets.UTF_8)));
            assertEquals(List.of(), s.plans().list());
            assertEquals(List.of(), s.documents().list());
        }
    }
}
