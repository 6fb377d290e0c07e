package vn.plandesk.service.office;

import java.nio.file.Path;
import java.text.Normalizer;
import vn.plandesk.io.docx.PlanDocxWriter;
import vn.plandesk.io.json.PlanJson;
import vn.plandesk.io.xlsx.AppendixXlsxWriter;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.service.SafeFile;
import vn.plandesk.store.PlanRepository;

/** A stored plan as the officer takes it into Excel (its appendices) or Word (the whole document). */
public final class OfficeExportService {
    private final PlanRepository plans;

    public OfficeExportService(PlanRepository plans) {
        this.plans = plans;
    }

    /**
     * The appendices as a workbook. The plan's header travels in a document property so that importing the file back
     * into PlanDesk gives the whole plan; the tables are read from the cells.
     */
    public byte[] exportXlsx(long planId) {
        Plan plan = plan(planId);
        // the whole plan, so that a task that comes back unchanged also keeps PlanDesk's flags
        String json = new PlanJson().writeString(plan.withoutIds());
        return new AppendixXlsxWriter().write(plan, json);
    }

    /** The plan body and its appendices in the official layout. */
    public byte[] exportDocx(long planId) {
        return new PlanDocxWriter().write(plan(planId));
    }

    /** Writes the workbook to a file (beside it first, so a failure leaves nothing half-written). */
    public void exportXlsx(long planId, Path file) {
        byte[] bytes = exportXlsx(planId);
        SafeFile.write(file, "office.export.cannotWrite", out -> out.write(bytes));
    }

    /** Writes the Word document to a file (beside it first, so a failure leaves nothing half-written). */
    public void exportDocx(long planId, Path file) {
        byte[] bytes = exportDocx(planId);
        SafeFile.write(file, "office.export.cannotWrite", out -> out.write(bytes));
    }

    /**
     * The file name offered for the plan: the kind of document from its symbol and the issuer's place without
     * diacritics, e.g. "KH-phuong-Chon-Thanh.xlsx", which every system and mail program keeps intact.
     */
    public String suggestedName(long planId, String extension) {
        Plan plan = plan(planId);
        String kind = plan.symbol().isEmpty() ? "KH" : plan.symbol().split("[-/ ]")[0];
        String place = plan.issuer().replaceFirst("^(?i)(UBND|Ủy ban nhân dân)\\s+", "");
        if (place.isBlank()) {
            place = plan.locality();
        }
        String base = ascii(kind + " " + place).strip().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return (base.isEmpty() ? "ke-hoach" : base) + "." + extension;
    }

    private static String ascii(String s) {
        String d = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return d.replaceAll("\\p{M}+", "");
    }

    private Plan plan(long id) {
        return plans.load(id).orElseThrow(() -> new PlanDeskException("plan.notFound", id));
    }
}
