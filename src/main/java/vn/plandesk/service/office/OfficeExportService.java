package vn.plandesk.service.office;

import vn.plandesk.io.docx.PlanDocxWriter;
import vn.plandesk.io.json.PlanJson;
import vn.plandesk.io.xlsx.AppendixXlsxWriter;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanDeskException;
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

    private Plan plan(long id) {
        return plans.load(id).orElseThrow(() -> new PlanDeskException("plan.notFound", id));
    }
}
