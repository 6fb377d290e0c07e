package vn.plandesk.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.report.Report;

/**
 * A report as a file of its own (format {@value #FORMAT}): the bundled sample report, and a report kept in the store
 * as one text. The report's fields are written as the model names them, with the conventions of the plan format
 * (dates as "2025-11-18", empty values left out), and read back checked, a problem named by its JSON path.
 */
public final class ReportJson {
    public static final String FORMAT = "plandesk-report";
    public static final int FORMAT_VERSION = 1;

    /** The file's envelope. */
    record ReportFile(String format, Integer formatVersion, Report report) {
    }

    /** The report with its store keys (id, plan, previous version): the store keeps them; an exchange drops them. */
    public byte[] write(Report report) {
        return PlanJson.writeTree(tree(report));
    }

    public String writeString(Report report) {
        return new String(write(report), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The envelope and the report, as a tree (for a file that carries reports among other things). */
    static ObjectNode tree(Report report) {
        return PlanJson.tree(new ReportFile(FORMAT, FORMAT_VERSION, report));
    }

    /**
     * A plan's reports as the exchange file's {@code reports} list: without the plan's id, and with ids and previous
     * versions as keys within the file (1, 2, …), so that a correction still names the version it corrects once both
     * are stored under new ids. A previous version the list does not hold is left out.
     */
    static ArrayNode toNode(List<Report> reports) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        Map<Long, Long> keys = new HashMap<>();
        for (Report r : reports) {
            if (r.id() != null) {
                keys.put(r.id(), (long) keys.size() + 1);
            }
        }
        long next = keys.size();
        for (Report r : reports) {
            Long key = r.id() == null ? ++next : keys.get(r.id());
            Report carried = r.withId(key).withPlanId(null)
                    .withPreviousVersion(r.previousVersion() == null ? null : keys.get(r.previousVersion()));
            list.add(PlanJson.tree(carried));
        }
        return list;
    }

    /**
     * Reads the {@code reports} list of an exchange file: each report checked as the model checks it, a problem named
     * by its path; keys must be distinct, and a correction must come after the version it names.
     */
    static List<Report> fromNode(JsonNode node, String path) {
        List<Report> out = new ArrayList<>();
        java.util.Set<Long> keys = new java.util.HashSet<>();
        int i = 0;
        for (JsonNode item : JsonFields.array(node, path)) {
            String at = path + "[" + i + "]";
            if (!item.isObject()) {
                throw new PlanDeskException("json.notObject", at);
            }
            Report r;
            try {
                r = PlanJson.shared().value(item, Report.class);
            } catch (PlanDeskException e) {
                // the reader names the path within the report; the list's place comes first
                Object[] args = e.args();
                if (!e.key().startsWith("json.") || args.length == 0 || !String.valueOf(args[0]).startsWith("$")) {
                    throw e;
                }
                args[0] = at + String.valueOf(args[0]).substring(1);
                throw new PlanDeskException(e, e.key(), args);
            }
            if (r.id() == null || !keys.add(r.id())) {
                throw new PlanDeskException("json.reportKey", at + ".id");
            }
            if (r.previousVersion() != null && !keys.contains(r.previousVersion())) {
                throw new PlanDeskException("json.reportPrevious", at + ".previousVersion", r.previousVersion());
            }
            out.add(r.withPlanId(null));
            i++;
        }
        return out;
    }

    public Report read(byte[] bytes) {
        return read(PlanJson.readTree(bytes));
    }

    public Report read(String text) {
        return read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static Report read(JsonNode root) {
        if (!root.isObject()) {
            throw new PlanDeskException("json.notObject", "$");
        }
        PlanJson.envelope(root, FORMAT, FORMAT_VERSION, FORMAT_VERSION);
        if (root.get("report") == null || !root.get("report").isObject()) {
            throw new PlanDeskException("json.missing", "$.report");
        }
        return PlanJson.shared().value(root, ReportFile.class).report();
    }
}
