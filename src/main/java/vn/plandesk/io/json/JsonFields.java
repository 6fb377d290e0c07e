package vn.plandesk.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import vn.plandesk.model.PlanDeskException;

/**
 * Reading the small objects of the exchange format that are not read by type mapping (reporting rules, register
 * entries): each refusal names the JSON path, as the plan's are.
 */
final class JsonFields {
    private final JsonNode node;
    private final String path;

    private JsonFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The object at a path, with only the given keys allowed. */
    static JsonFields of(JsonNode node, String path, Set<String> keys) {
        if (node == null || !node.isObject()) {
            throw new PlanDeskException("json.needObject", path);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            String key = it.next().getKey();
            if (!keys.contains(key)) {
                throw new PlanDeskException("json.unknownKey", path + "." + key, key);
            }
        }
        return new JsonFields(node, path);
    }

    /** The elements of an array at a path (absent: none). */
    static Iterable<JsonNode> array(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return java.util.List.of();
        }
        if (!node.isArray()) {
            throw new PlanDeskException("json.needList", path);
        }
        return node;
    }

    String text(String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return "";
        }
        if (!v.isTextual()) {
            throw new PlanDeskException("json.needText", path + "." + key);
        }
        return v.textValue();
    }

    String requiredText(String key) {
        String s = text(key);
        if (s.isBlank()) {
            throw new PlanDeskException("json.missing", path + "." + key);
        }
        return s;
    }

    int integer(String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return 0;
        }
        if (!v.isInt()) {
            throw new PlanDeskException("json.needWhole", path + "." + key);
        }
        return v.intValue();
    }

    boolean flag(String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw new PlanDeskException("json.needFlag", path + "." + key);
        }
        return v.booleanValue();
    }

    LocalDate date(String key) {
        String s = text(key);
        if (s.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new PlanDeskException(e, "json.badDate", path + "." + key, quoted(s));
        }
    }

    <E extends Enum<E>> E choice(String key, Class<E> type) {
        String s = requiredText(key);
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            throw new PlanDeskException(e, "json.badChoice", path + "." + key, quoted(s), allowed(type));
        }
    }

    /** A value of the file as a refusal quotes it: a hostile file's value can be any length. */
    static String quoted(Object value) {
        String s = String.valueOf(value);
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    /** The codes the format allows for a choice, for the refusal's sentence: "QUARTER, HALF_YEAR, YEAR, AD_HOC". */
    static String allowed(Class<?> enumType) {
        return String.join(", ", java.util.Arrays.stream(enumType.getEnumConstants())
                .map(c -> ((Enum<?>) c).name()).toList());
    }

    String path() {
        return path;
    }
}
