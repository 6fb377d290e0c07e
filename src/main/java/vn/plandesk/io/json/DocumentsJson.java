package vn.plandesk.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.IssuedDocument;
import vn.plandesk.model.PlanDeskException;

/**
 * The register of documents issued in the exchange format: the {@code documents} list of a plan file (version 2),
 * and a file of its own ({@code "format": "plandesk-register"}) for the sample register and {@code documents --json}.
 * Store keys and attached files are not carried: an entry travels as its citation.
 */
public final class DocumentsJson {
    public static final String FORMAT = "plandesk-register";
    public static final int FORMAT_VERSION = 1;
    private static final Set<String> KEYS = Set.of("type", "number", "symbol", "date", "issuer", "summary", "repeated");
    private static final Set<String> FILE_KEYS = Set.of("format", "formatVersion", "documents");

    /** The entries as a JSON array, keys in the documented order, empty values left out. */
    static ArrayNode toNode(List<IssuedDocument> documents) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (IssuedDocument d : documents) {
            ObjectNode o = list.addObject();
            o.put("type", d.type().name());
            putText(o, "number", d.number());
            putText(o, "symbol", d.symbol());
            if (d.date() != null) {
                o.put("date", d.date().toString());
            }
            putText(o, "issuer", d.issuer());
            putText(o, "summary", d.summary());
            if (d.repeated()) {
                o.put("repeated", true);
            }
        }
        return list;
    }

    /**
     * Reads the entries of a {@code documents} array. A repeated entry is read as repeating the earlier entry with the
     * same number, symbol, date and issuer; one with no such earlier entry is refused.
     */
    static List<IssuedDocument> fromNode(JsonNode node, String path) {
        List<IssuedDocument> out = new ArrayList<>();
        int i = 0;
        for (JsonNode item : JsonFields.array(node, path)) {
            JsonFields f = JsonFields.of(item, path + "[" + i + "]", KEYS);
            IssuedDocument d = IssuedDocument.of(f.choice("type", DocumentType.class), f.text("number"),
                    f.text("symbol"), f.date("date"), f.text("issuer"), f.text("summary"));
            if (d.number().isEmpty() && d.summary().isEmpty()) {
                throw new PlanDeskException("json.missing", f.path() + ".summary");
            }
            if (f.flag("repeated")) {
                int original = -1;
                for (int k = 0; k < out.size() && original < 0; k++) {
                    if (out.get(k).key().equals(d.key())) {
                        original = k;
                    }
                }
                if (original < 0) {
                    throw new PlanDeskException("json.repeatsNothing", f.path() + ".repeated");
                }
                // the position in the list stands for the original until the store gives it an id
                d = d.withRepeatOf((long) original);
            }
            out.add(d);
            i++;
        }
        return out;
    }

    /** The register as a file of its own. */
    public byte[] writeRegister(List<IssuedDocument> documents) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.set("documents", toNode(documents));
        return PlanJson.writeTree(root);
    }

    /** Reads a register file, with the plan file's checks (size, syntax, limits), naming the JSON path of a fault. */
    public List<IssuedDocument> readRegister(byte[] bytes) {
        JsonNode root = PlanJson.readTree(bytes);
        PlanJson.envelope(root, FORMAT, FORMAT_VERSION, FORMAT_VERSION);
        JsonFields.of(root, "$", FILE_KEYS);
        return fromNode(root.get("documents"), "$.documents");
    }

    private static void putText(ObjectNode o, String key, String value) {
        if (!value.isEmpty()) {
            o.put(key, value);
        }
    }
}
