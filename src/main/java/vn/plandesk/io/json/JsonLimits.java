package vn.plandesk.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import vn.plandesk.io.InputLimits;
import vn.plandesk.model.PlanDeskException;

/**
 * The bounds of an exchange file's values (docs/exchange-format.md), checked on the parsed tree before it becomes a
 * plan, so that a refusal names the JSON path: lengths that the store's columns and the Excel and PDF writers can
 * hold, no control characters (a NUL breaks the Excel round trip), lists of a sane size.
 */
final class JsonLimits {
    /** Fields kept in short store columns, by key: their longest value. */
    private static final Map<String, Integer> SHORT = Map.of(
            "number", InputLimits.MAX_NUMBER_CHARS, "symbol", InputLimits.MAX_SHORT_CHARS,
            "issuer", InputLimits.MAX_LINE_CHARS, "leader", InputLimits.MAX_LINE_CHARS,
            "unit", InputLimits.MAX_UNIT_CHARS, "section", InputLimits.MAX_SECTION_CHARS,
            "text", InputLimits.MAX_LINE_CHARS, "kind", 20, "role", 20);

    private JsonLimits() {
    }

    static void check(JsonNode node, String path, String key) {
        if (node.isTextual()) {
            String s = node.textValue();
            int max = key != null && SHORT.containsKey(key) ? SHORT.get(key) : InputLimits.MAX_TEXT_CHARS;
            if (s.length() > max) {
                throw new PlanDeskException("json.tooLong", path, s.length(), max);
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F || c == '\uFFFE' || c == '\uFFFF') {
                    throw new PlanDeskException("json.controlChar", path, String.format("U+%04X", (int) c));
                }
            }
        } else if (node.isArray()) {
            if (node.size() > InputLimits.MAX_LIST_ITEMS) {
                throw new PlanDeskException("json.tooMany", path, node.size(), InputLimits.MAX_LIST_ITEMS);
            }
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]", key);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                check(e.getValue(), path + "." + e.getKey(), e.getKey());
            }
        }
    }
}
