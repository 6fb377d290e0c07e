package vn.plandesk.service.derive;

import java.util.List;
import vn.plandesk.store.WardUnitRepository;

/**
 * The ward's own units offered when a task is assigned (preset with those of the Chơn Thành plan, edited by the
 * officer and kept in the store).
 */
public final class WardUnitRegistry {
    private final WardUnitRepository units;

    public WardUnitRegistry(WardUnitRepository units) {
        this.units = units;
    }

    public List<String> units() {
        return units.list();
    }

    public void replaceAll(List<String> names) {
        units.replaceAll(names);
    }
}
