package vn.plandesk.service.report;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.ReportPeriod;

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
}
