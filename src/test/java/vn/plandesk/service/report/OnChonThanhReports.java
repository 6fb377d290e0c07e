package vn.plandesk.service.report;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.Indicator;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.ReportPeriod;
import vn.plandesk.model.tracking.IndicatorResult;
import vn.plandesk.model.tracking.Period;

/** Tests of reports drafted on the Chơn Thành plan, each on its own copy of the sample store, "today" 03/4/2026. */
abstract class OnChonThanhReports {
    static final ReportPeriod RQ1 = ReportPeriod.quarter(2026, 1);

    @TempDir
    Path dir;
    ChonThanhReports store;

    @BeforeEach
    void open() {
        store = new ChonThanhReports(dir, LocalDate.of(2026, 4, 3));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** The plan's indicator of that number. */
    Indicator indicator(String number) {
        return store.editor.plan().indicators().stream().filter(i -> i.number().equals(number)).findFirst()
                .orElseThrow();
    }

    /** Records an indicator's result for a period, as the officer does. */
    void result(Indicator i, Period p, String value) {
        store.tracking.recordResult(store.editor, new IndicatorResult(i.id(), p, value, null, "", null));
    }

    /** The task's name as a sentence of the report gives it: on one line, without its closing punctuation. */
    static String named(PlanTask t) {
        String s = t.name().replace('\n', ' ').strip();
        while (!s.isEmpty() && ".;,".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }
}
