package vn.plandesk.service.report;

import vn.plandesk.io.json.ReportJson;
import vn.plandesk.model.report.Report;
import vn.plandesk.store.ReportRepository;

/** The store keeps a report as the text of its own file format: the one place that ties the two together. */
public final class ReportText implements ReportRepository.Codec {
    private final ReportJson json = new ReportJson();

    @Override
    public String write(Report report) {
        return json.writeString(report);
    }

    @Override
    public Report read(String text) {
        return json.read(text);
    }
}
