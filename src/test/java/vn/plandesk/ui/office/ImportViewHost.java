package vn.plandesk.ui.office;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import vn.plandesk.service.PlanService;
import vn.plandesk.service.office.ImportXlsxService;
import vn.plandesk.store.Database;
import vn.plandesk.store.PlanRepository;
import vn.plandesk.ui.BackgroundWork;

/** The import view alone on a stage, over a store of its own and a worker, for the window tests of an import. */
record ImportViewHost(Path dir, Database db, PlanService plans, BackgroundWork work, ImportXlsxView view) {

    static ImportViewHost show(Stage stage, String name) throws IOException {
        Path dir = Files.createTempDirectory(name);
        Database db = Database.open(dir.resolve("store"));
        PlanRepository repo = new PlanRepository(db);
        PlanService plans = new PlanService(repo);
        BackgroundWork work = new BackgroundWork(t -> { });
        ImportXlsxView view = new ImportXlsxView(new ImportXlsxService(repo), plans, work);
        stage.setScene(new Scene(view.root()));
        stage.show();
        return new ImportViewHost(dir, db, plans, work, view);
    }

    void close() {
        work.close();
        db.close();
    }
}
