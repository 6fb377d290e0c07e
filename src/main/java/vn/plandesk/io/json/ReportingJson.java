package vn.plandesk.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.ReportKind;
import vn.plandesk.model.ReportingRule;

/**
 * A plan's reporting rules in the exchange format (the plan file's {@code reportingRules}, version 2), and the
 * calendar of a year as {@code reports --json} prints it.
 */
public final class ReportingJson {
    private static final Set<String> KEYS = Set.of("kind", "day", "month", "recipient", "wording");

    static ArrayNode toNode(List<ReportingRule> rules) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (ReportingRule r : rules) {
            ObjectNode o = list.addObject();
            o.put("kind", r.kind().name());
            if (r.kind() != ReportKind.AD_HOC) {
                o.put("day", r.day());
                o.put("month", r.month());
            }
            if (!r.recipient().isEmpty()) {
                o.put("recipient", r.recipient());
            }
            if (!r.text().isEmpty()) {
                o.put("wording", r.text());
            }
        }
        return list;
    }

    static List<ReportingRule> fromNode(JsonNode node, String path) {
        List<ReportingRule> out = new ArrayList<>();
        int i = 0;
        for (JsonNode item : JsonFields.array(node, path)) {
            JsonFields f = JsonFields.of(item, path + "[" + i + "]", KEYS);
            try {
                out.add(new ReportingRule(f.choice("kind", ReportKind.class), f.integer("day"), f.integer("month"),
                        f.text("recipient"), f.text("wording")));
            } catch (PlanDeskException e) {
                if (e.key().startsWith("json.")) {
                    throw e;
                }
                throw new PlanDeskException(e, "json.at", f.path(), e);
            }
            i++;
        }
        return out;
    }
}
