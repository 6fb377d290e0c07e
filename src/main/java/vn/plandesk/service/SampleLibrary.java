package vn.plandesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import vn.plandesk.io.json.DocumentsJson;
import vn.plandesk.io.json.ExchangeFile;
import vn.plandesk.io.json.PlanJson;
import vn.plandesk.io.json.ReportJson;
import vn.plandesk.model.IssuedDocument;
import vn.plandesk.model.Plan;
import vn.plandesk.model.report.Report;

/**
 * The plans of the source documents, and the register and the report of seed 003, shipped as files in the jar.
 */
public final class SampleLibrary {
    /** In the order they are loaded: the province plans first, so the ward plan's parent is there before it. */
    public static final List<String> FILES = List.of(
            "province-2025-appendix-ii.json",
            "kh92-2025-partial.json",
            "chon-thanh-ward-plan.json",
            "province-2026-plan.json");

    /** The register of seed 003's appendix. */
    public static final String REGISTER = "register-2025-11-18.json";

    /**
     * Seed 003 itself: the Sở KHCN's report of the first 11 months of 2025 to the Ministry, transcribed as printed,
     * its slips kept (the parts of I.12 numbered 11.2 and 11.3, "khoa hoc", "Nghi định", "1530.007 người").
     */
    public static final String REPORT = "report-2025-11-sokhcn.json";

    private final PlanJson json = new PlanJson();

    public List<Plan> plans() {
        List<Plan> plans = new ArrayList<>();
        for (String file : FILES) {
            plans.add(plan(file));
        }
        return plans;
    }

    public Plan plan(String file) {
        return file(file).plan();
    }

    /** A sample plan with the reporting rules its document sets. */
    public ExchangeFile file(String file) {
        return json.readFile(bytes(file));
    }

    /**
     * The sample register of documents issued: seed 003's appendix "(Tính đến 18/11/2025)", entry for entry, its
     * repeated entries flagged.
     */
    public List<IssuedDocument> register() {
        return new DocumentsJson().readRegister(bytes(REGISTER));
    }

    /**
     * The sample report: seed 003 transcribed whole, of no stored plan. It is kept as sent, as the seed was, so that
     * it reads as an example and cannot be edited by mistake; a correction of it is a new version like any other.
     */
    public Report report() {
        return new ReportJson().read(bytes(REPORT));
    }

    static byte[] bytes(String file) {
        try (InputStream in = SampleLibrary.class.getResourceAsStream("/samples/" + file)) {
            if (in == null) {
                throw new IllegalStateException("sample missing from the build: " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
