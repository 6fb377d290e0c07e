package vn.plandesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.io.json.ReportJsonTest;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.report.Report;
import vn.plandesk.model.report.ReportListing;
import vn.plandesk.model.report.ReportState;
import vn.plandesk.service.SampleLibrary;
import vn.plandesk.service.report.ReportText;

/** Reports kept whole on a real H2 file. */
class ReportRepositoryTest {
    private static final Plan CHON_THANH = new SampleLibrary().plan("chon-thanh-ward-plan.json");

    @TempDir
    Path dir;

    private static ReportRepository reports(Database db) {
        return new ReportRepository(db, new ReportText());
    }

    private static Report draftOf(long planId) {
        return new Report(null, planId, ReportJsonTest.sample().kind(), ReportJsonTest.sample().period(), null,
                "", "ỦY BAN NHÂN DÂN PHƯỜNG CHƠN THÀNH", "Chơn Thành", "", "BC-UBND", null,
                "Kết quả Quý I/2026", List.of("Phòng Văn hóa – Xã hội"), List.of(), List.of(), List.of(), List.of(),
                null, List.of(), List.of(), ReportState.DRAFT, 1, null, null);
    }

    @Test
    void aReportComesBackWholeAfterReopening() {
        long planId;
        Report stored;
        try (Database db = Database.open(dir)) {
            planId = new PlanRepository(db).insert(CHON_THANH);
            stored = reports(db).insert(ReportJsonTest.sample().withId(null).withPlanId(planId));
        }
        try (Database db = Database.open(dir)) {
            ReportRepository repo = reports(db);
            assertEquals(List.of(stored), repo.list(planId));
            assertEquals(stored, repo.find(stored.id()).orElseThrow());
        }
    }

    @Test
    void anUpdateReplacesTheTextAndADeletedReportComesBackUnderItsId() {
        try (Database db = Database.open(dir)) {
            long planId = new PlanRepository(db).insert(CHON_THANH);
            ReportRepository repo = reports(db);
            Report draft = repo.insert(draftOf(planId));
            Report sent = draft.withText("Báo cáo kết quả Quý I/2026", draft.recipients(), draft.introduction(),
                    draft.sections(), List.of("Trên đây là báo cáo./."), draft.distribution())
                    .sentAt(Instant.parse("2026-03-09T01:00:00Z"));
            repo.update(sent);
            assertEquals(sent, repo.find(draft.id()).orElseThrow());

            Report correction = repo.insert(sent.correction());
            assertEquals(2, correction.version());
            assertEquals(draft.id(), correction.previousVersion());
            assertEquals(List.of(sent, correction), repo.list(planId), "by period, then version");

            assertTrue(repo.delete(correction.id()));
            assertFalse(repo.delete(correction.id()));
            repo.insert(correction);
            assertEquals(correction, repo.find(correction.id()).orElseThrow());
        }
    }

    @Test
    void theSampleWithoutAPlanIsListedFirstAndAPlanTakesItsReportsAlong() {
        try (Database db = Database.open(dir)) {
            PlanRepository plans = new PlanRepository(db);
            long planId = plans.insert(CHON_THANH);
            ReportRepository repo = reports(db);
            Report mine = repo.insert(draftOf(planId));
            Report sample = repo.insert(draftOf(planId).withPlanId(null));
            assertEquals(List.of(sample, mine), repo.list());
            plans.delete(planId);
            assertEquals(List.of(sample), repo.list());
        }
    }

    /** The calendar's listing gives each report's keys from the columns, without reading a report's text. */
    @Test
    void theListingGivesEveryReportsKeysAsTheReportsThemselvesWithoutReadingThem() {
        try (Database db = Database.open(dir)) {
            long planId = new PlanRepository(db).insert(CHON_THANH);
            ReportRepository repo = reports(db);
            Report draft = repo.insert(draftOf(planId));
            Report sent = draft.sentAt(Instant.parse("2026-03-09T01:00:00Z"));
            repo.update(sent);
            repo.insert(sent.correction());
            repo.insert(draftOf(planId).withPlanId(null));
            repo.insert(ReportJsonTest.sample().withId(null).withPlanId(planId));
            List<ReportListing> expected = repo.list().stream().map(r -> new ReportListing(r.id(), r.planId(),
                    r.kind(), r.period(), r.state(), r.version())).toList();
            assertEquals(4, expected.size(), "the sent report, its correction, the sample and another period");
            ReportRepository unreadable = new ReportRepository(db, new ReportRepository.Codec() {
                @Override
                public String write(Report report) {
                    throw new AssertionError("the listing writes nothing");
                }

                @Override
                public Report read(String text) {
                    throw new AssertionError("the listing reads no report's text");
                }
            });
            assertEquals(expected, unreadable.listings());
        }
    }

    @Test
    void updatingAReportTheStoreDoesNotHaveIsRefused() {
        try (Database db = Database.open(dir)) {
            long planId = new PlanRepository(db).insert(CHON_THANH);
            PlanDeskException e = assertThrows(PlanDeskException.class,
                    () -> reports(db).update(draftOf(planId).withId(999L)));
            assertEquals("report.notFound", e.key());
        }
    }
}
