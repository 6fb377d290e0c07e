package vn.plandesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import vn.plandesk.io.json.PlanJson;
import vn.plandesk.model.Plan;

/** The plans of the source documents, shipped as exchange files in the jar. */
public final class SampleLibrary {
    /** In the order they are loaded: the province plans first, so the ward plan's parent is there before it. */
    public static final List<String> FILES = List.of(
            "province-2025-appendix-ii.json",
            "kh92-2025-partial.json",
            "chon-thanh-ward-plan.json",
            "province-2026-plan.json");

    private final PlanJson json = new PlanJson();

    public List<Plan> plans() {
        List<Plan> plans = new ArrayList<>();
        for (String file : FILES) {
            plans.add(plan(file));
        }
        return plans;
    }

    public Plan plan(String file) {
        try (InputStream in = SampleLibrary.class.getResourceAsStream("/samples/" + file)) {
            if (in == null) {
                throw new IllegalStateException("sample missing from the build: " + file);
            }
            return json.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
