package vn.plandesk.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.plandesk.app.Services;
import vn.plandesk.model.PlanTask;
import vn.plandesk.service.Messages;
import vn.plandesk.service.SyntheticPlan;
import vn.plandesk.service.edit.PlanEditor;
import vn.plandesk.service.edit.TaskFields;

/**
 * {@code bench-edit}: what one edit of one task costs the store on a big plan, the difference written and the plan's
 * checksum kept, in one transaction, as the window's editor does it. Prints the median wall time and the CPU time of
 * this thread (the store works in the caller's thread) and of the whole process (with the collector's), so that a
 * figure taken on a busy machine can be read.
 */
final class EditBenchmark {
    private final PrintStream out;

    EditBenchmark(PrintStream out) {
        this.out = out;
    }

    int run(int tasks, int runs) throws IOException {
        Path dir = Files.createTempDirectory("plandesk-bench-edit");
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (Services s = Services.open(dir, false)) {
            long id = s.plans().add(SyntheticPlan.generate(tasks, 57L));
            PlanEditor editor = s.editors().open(id);
            PlanTask first = editor.plan().groups().get(0).tasks().get(0);
            List<Double> wall = new ArrayList<>();
            List<Double> cpuTimes = new ArrayList<>();
            List<Double> processTimes = new ArrayList<>();
            for (int i = 0; i < runs + 2; i++) { // two runs to warm up, not counted
                String name = first.name() + " " + i;
                long p0 = process.getProcessCpuTime();
                long c0 = cpu.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                editor.updateTask(first.id(), "edit.name", t -> TaskFields.name(t, name));
                long t1 = System.nanoTime();
                long c1 = cpu.getCurrentThreadCpuTime();
                long p1 = process.getProcessCpuTime();
                if (i >= 2) {
                    wall.add((t1 - t0) / 1e6);
                    cpuTimes.add((c1 - c0) / 1e6);
                    processTimes.add((p1 - p0) / 1e6);
                }
            }
            out.println(Messages.get("bench.editStore", tasks, runs, UiBenchmark.fmt(UiBenchmark.median(wall)),
                    UiBenchmark.fmt(UiBenchmark.median(cpuTimes)), UiBenchmark.fmt(UiBenchmark.median(processTimes))));
        } finally {
            UiBenchmark.deleteTree(dir);
        }
        return 0;
    }
}
