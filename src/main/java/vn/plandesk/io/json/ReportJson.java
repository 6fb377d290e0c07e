package vn.plandesk.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
