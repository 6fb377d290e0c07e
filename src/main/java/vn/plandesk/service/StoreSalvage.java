package vn.plandesk.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.plandesk.store.Salvage;

/**
 * Salvage of a damaged store into a new one, for the window and the CLI alike: what was saved and what could not be,
 * in the officer's sentences. The damaged store is left as it is.
 */
public final class StoreSalvage {
    private StoreSalvage() {
    }

    /** The outcome: whether everything was saved, and the sentences that say what was and what was not. */
    public record Report(boolean whole, List<String> lines) {
    }

    /**
     * Copies what still reads from the store in {@code damaged} into a new store in {@code target} (may take seconds
     * on a large store: call it off the FX thread).
     *
     * @throws vn.plandesk.model.PlanDeskException when the target already holds a store or nothing can be read
     */
    public static Report run(Path damaged, Path target) {
        return report(Salvage.run(damaged, target), damaged, target);
    }

    /** The officer's sentences for what a salvage from {@code damaged} into {@code target} gave. */
    static Report report(Salvage.Result r, Path damaged, Path target) {
        List<String> lines = new ArrayList<>();
        if (r.recoveryTool()) {
            lines.add(Messages.get("salvage.recoveryTool", damaged.toAbsolutePath().normalize().toString()));
        }
        lines.add(Messages.get("salvage.saved", r.plans(), r.progress(), r.reports(), r.documents(), r.files(),
                target.toAbsolutePath().normalize().toString()));
        if (r.recoveryTool()) {
            // what the recovery tool reads may be an older state of the store (a file cut short opens as the
            // first version of it): nothing says that all was saved
            String backup = vn.plandesk.store.Backups.newestReadable(damaged.toAbsolutePath().normalize())
                    .map(b -> b.getFileName().toString()).orElse(null);
            lines.add(backup == null ? Messages.get("salvage.recoveredMaybeOlderNoBackup")
                    : Messages.get("salvage.recoveredMaybeOlder", backup));
        }
        if (r.lost().isEmpty()) {
            if (!r.recoveryTool()) {
                lines.add(Messages.get("salvage.nothingLost"));
            }
        } else {
            lines.add(Messages.get("salvage.lostHeader", r.lost().size()));
            for (Salvage.Loss loss : r.lost()) {
                Object[] args = loss.args().stream()
                        .map(a -> a instanceof Salvage.MessageKey k ? Messages.get(k.key()) : a)
                        .toArray();
                lines.add("  " + Messages.get(loss.key(), args));
            }
        }
        lines.add(Messages.get("salvage.damagedKept", damaged.toAbsolutePath().normalize().toString()));
        return new Report(r.lost().isEmpty() && !r.recoveryTool(), List.copyOf(lines));
    }
}
