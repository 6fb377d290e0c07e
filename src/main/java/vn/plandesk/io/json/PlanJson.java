package vn.plandesk.io.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.plandesk.model.Deadline;
import vn.plandesk.model.IssuedDocument;
import vn.plandesk.model.ReportingRule;
import vn.plandesk.model.report.Report;
import vn.plandesk.model.Plan;
import vn.plandesk.io.InputLimits;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.PlanTask;
import vn.plandesk.model.TaskGroup;

/**
 * Reads and writes the exchange format (docs/exchange-format.md): one plan a file, with a format version. Writing is
 * deterministic, so export → import → export gives the same bytes. Reading refuses anything off the format and names
 * the place by JSON path.
 */
public final class PlanJson {
    public static final String FORMAT = "plandesk-plan";
    /**
     * Version 2 adds the plan's reporting rules, the register of documents issued and the plan's tracking (progress,
     * indicator results, baseline); version 3 the plan's reports. Versions 1 and 2 still read, and a file is written in
     * the lowest version that holds what it carries, so a plan without reports still opens in a PlanDesk of version 2.
     */
    public static final int FORMAT_VERSION = 3;
    private static final int VERSION_WITHOUT_REPORTS = 2;
    private static final int OLDEST_VERSION = 1;
    /** The top-level keys of version 2 beside the plan, each read by its own class. */
    private static final String RULES = "reportingRules";
    private static final String DOCUMENTS = "documents";
    private static final String REPORTS = "reports";

    /** The file's envelope. */
    record PlanFile(String format, Integer formatVersion, Plan plan, TrackingJson.TrackingFile tracking) {
        PlanFile(String format, Integer formatVersion, Plan plan) {
            this(format, formatVersion, plan, null);
        }
    }

    /** Jackson's report of a key given twice in one object; its key is the only part the sentence uses. */
    private static final java.util.regex.Pattern DUPLICATE = java.util.regex.Pattern.compile("^Duplicate field '(.*)'");
    private static final PlanJson SHARED = new PlanJson();

    /**
     * The format's one mapper, made when a plan file is first read or written. Every service holds a PlanJson, and
     * each used to make a mapper of its own when the services were made: six, at every start of the window or a
     * command, most of them never used. A configured mapper is safe to share between threads.
     */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = make();

        private static ObjectMapper make() {
            SimpleModule deadlines = new SimpleModule("plandesk-deadline");
            deadlines.addSerializer(Deadline.class, new DeadlineSerializer());
            deadlines.addDeserializer(Deadline.class, new DeadlineDeserializer());
            // nesting is bounded while parsing, before any tree is built: a plan needs 6 levels
            JsonFactory factory = JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(InputLimits.MAX_JSON_DEPTH)
                            .maxStringLength(InputLimits.MAX_FILE_BYTES)
                            .build())
                    .build();
            ObjectMapper mapper = JsonMapper.builder(factory)
                    .addModule(new JavaTimeModule())
                    .addModule(deadlines)
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                    .serializationInclusion(JsonInclude.Include.NON_DEFAULT)
                    .build();
            // a number or a boolean where text belongs is a mistyped file, not something to convert silently
            mapper.coercionConfigFor(LogicalType.Textual)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Collection)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            mapper.setDefaultPrettyPrinter(printer);
            return mapper;
        }
    }

    private static ObjectMapper mapper() {
        return Mapper.INSTANCE;
    }

    /** The plan as exchange-file bytes, without store keys. */
    public byte[] write(Plan plan) {
        return write(ExchangeFile.of(plan));
    }

    /** The plan with its reporting rules and register entries, as exchange-file bytes, without store keys. */
    public byte[] write(ExchangeFile file) {
        int version = file.reports().isEmpty() ? VERSION_WITHOUT_REPORTS : FORMAT_VERSION;
        ObjectNode root = mapper().valueToTree(
                new PlanFile(FORMAT, version, file.plan().withoutIds(), file.tracking()));
        if (!file.reportingRules().isEmpty()) {
            root.set(RULES, ReportingJson.toNode(file.reportingRules()));
        }
        if (!file.documents().isEmpty()) {
            root.set(DOCUMENTS, DocumentsJson.toNode(file.documents()));
        }
        if (!file.reports().isEmpty()) {
            root.set(REPORTS, ReportJson.toNode(file.reports()));
        }
        return writeTree(root);
    }

    /** A tree in the format's layout: two-space indentation, \n line ends, a final line end. */
    static byte[] writeTree(JsonNode tree) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            mapper().writeValue(out, tree);
            out.write('\n');
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String writeString(Plan plan) {
        return new String(write(plan), StandardCharsets.UTF_8);
    }

    public Plan read(InputStream in) {
        try {
            return read(in.readAllBytes());
        } catch (IOException e) {
            throw new PlanDeskException(e, "json.unreadable", e.getMessage());
        }
    }

    /**
     * Reads and checks one exchange file.
     *
     * @throws PlanDeskException with a message key and the JSON path of the first problem
     */
    public Plan read(byte[] bytes) {
        return readFile(bytes).plan();
    }

    /** The tree of an exchange file, refused with one sentence when too large, not JSON, too deep or empty. */
    static JsonNode readTree(byte[] bytes) {
        if (bytes.length > InputLimits.MAX_FILE_BYTES) {
            throw new PlanDeskException("json.tooLarge", bytes.length / (1024 * 1024),
                    InputLimits.MAX_FILE_BYTES / (1024 * 1024));
        }
        JsonNode root;
        try {
            root = mapper().readTree(bytes);
        } catch (StreamConstraintsException e) {
            // Jackson gives no location for this one: the sentence says what, not where
            throw new PlanDeskException(e, "json.tooDeep", InputLimits.MAX_JSON_DEPTH);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            int line = loc == null ? 0 : loc.getLineNr();
            int column = loc == null ? 0 : loc.getColumnNr();
            java.util.regex.Matcher twice = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
            if (twice.find()) {
                // valid JSON but for a key given twice in one object: say so, not "cut short"
                throw new PlanDeskException(e, "json.keyTwice", twice.group(1), line, column);
            }
            throw new PlanDeskException(e, "json.syntax", line, column);
        } catch (IOException e) {
            throw new PlanDeskException(e, "json.unreadable", e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new PlanDeskException("json.empty");
        }
        JsonLimits.check(root, "$", null);
        return root;
    }

    /**
     * Checks a file's {@code format} and {@code formatVersion}, first of all, so that a file of another kind is told
     * as such; returns the version.
     */
    static int envelope(JsonNode root, String format, int oldest, int newest) {
        JsonNode f = root.get("format");
        if (f == null || !f.isTextual() || !format.equals(f.asText())) {
            throw new PlanDeskException("json.wrongFormat", "$.format", format);
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.isInt()) {
            throw new PlanDeskException("json.missing", "$.formatVersion");
        }
        if (version.asInt() < oldest || version.asInt() > newest) {
            throw new PlanDeskException("json.wrongVersion", "$.formatVersion", version.asInt(), newest);
        }
        return version.asInt();
    }

    /**
     * Reads and checks one exchange file of version 1, 2 or 3: the plan, the reporting rules and register entries a
     * version 2 file may carry, and the reports of a version 3 file.
     *
     * @throws PlanDeskException with a message key and the JSON path of the first problem
     */
    public ExchangeFile readFile(byte[] bytes) {
        JsonNode root = readTree(bytes);
        if (!root.isObject()) {
            throw new PlanDeskException("json.notObject", "$");
        }
        int version = envelope(root, FORMAT, OLDEST_VERSION, FORMAT_VERSION);
        if (root.get("plan") == null || !root.get("plan").isObject()) {
            throw new PlanDeskException("json.missing", "$.plan");
        }
        List<ReportingRule> rules = List.of();
        List<IssuedDocument> documents = List.of();
        List<Report> reports = List.of();
        if (version >= 2) {
            ObjectNode planPart = ((ObjectNode) root).deepCopy();
            rules = ReportingJson.fromNode(planPart.remove(RULES), "$." + RULES);
            documents = DocumentsJson.fromNode(planPart.remove(DOCUMENTS), "$." + DOCUMENTS);
            if (version >= 3) {
                reports = ReportJson.fromNode(planPart.remove(REPORTS), "$." + REPORTS);
            }
            root = planPart;
        }
        checkGroupNumbers(root.path("plan").path("groups"), "$.plan.groups");
        checkGroupNumbers(root.path("tracking").path("baseline").path("groups"), "$.tracking.baseline.groups");
        PlanFile file = value(root, PlanFile.class);
        if (file.tracking() != null && version == OLDEST_VERSION) {
            throw new PlanDeskException("json.unknownKey", "$.tracking", "tracking");
        }
        check(file.plan());
        if (file.tracking() != null && file.tracking().baseline() != null) {
            check(file.tracking().baseline());
        }
        TrackingJson.check(file.tracking(), file.plan(), documents.size());
        return new ExchangeFile(file.plan().withoutIds(), rules, documents, file.tracking(), reports);
    }

    /**
     * A checked tree read into the model's records, refused with one sentence naming the JSON path of the first
     * problem: an unknown key, a value of the wrong type, or one the model refuses.
     */
    <T> T value(JsonNode tree, Class<T> type) {
        try {
            return mapper().treeToValue(tree, type);
        } catch (UnrecognizedPropertyException e) {
            throw new PlanDeskException(e, "json.unknownKey", path(e), e.getPropertyName());
        } catch (JsonMappingException e) {
            throw refusal(e, path(e));
        } catch (JsonProcessingException e) {
            throw new PlanDeskException(e, "json.syntax", 0, 0);
        }
    }

    /** The model's records as a tree in the format's conventions (dates as text, empty values left out). */
    static ObjectNode tree(Object value) {
        return mapper().valueToTree(value);
    }

    /** The reader shared by the format's parts. */
    static PlanJson shared() {
        return SHARED;
    }

    /**
     * Group numbers 1–7, checked on the tree so that the refusal names the number's path and what it must be (the
     * model's own check knows neither).
     */
    private static void checkGroupNumbers(JsonNode groups, String path) {
        if (!groups.isArray()) {
            return;
        }
        for (int g = 0; g < groups.size(); g++) {
            JsonNode number = groups.get(g).get("number");
            if (groups.get(g).isObject() && (number == null || number.isNull())) {
                throw new PlanDeskException("json.missing", path + "[" + g + "].number");
            }
            if (number != null && number.isInt() && (number.intValue() < 1 || number.intValue() > 7)) {
                throw new PlanDeskException("json.groupNumber", path + "[" + g + "].number", number.intValue());
            }
        }
    }

    /** Rules the types alone do not say. */
    private static void check(Plan plan) {
        Set<Integer> seen = new HashSet<>();
        for (int g = 0; g < plan.groups().size(); g++) {
            TaskGroup group = plan.groups().get(g);
            if (!seen.add(group.number())) {
                throw new PlanDeskException("json.groupTwice", "$.plan.groups[" + g + "].number", group.number());
            }
            for (int t = 0; t < group.tasks().size(); t++) {
                checkTask(group.tasks().get(t), "$.plan.groups[" + g + "].tasks[" + t + "]");
            }
        }
        for (int i = 0; i < plan.indicators().size(); i++) {
            if (plan.indicators().get(i).name().isEmpty()) {
                throw new PlanDeskException("json.missing", "$.plan.indicators[" + i + "].name");
            }
        }
    }

    private static void checkTask(PlanTask task, String path) {
        checkTask(task, path, 0);
    }

    /** A task and its sub-tasks: the plan has two levels (2, 2.1), and a third would be lost in the store. */
    private static void checkTask(PlanTask task, String path, int depth) {
        if (task.name().isEmpty()) {
            throw new PlanDeskException("json.missing", path + ".name");
        }
        if (depth > 0 && !task.subTasks().isEmpty()) {
            throw new PlanDeskException("json.subTaskTooDeep", path + ".subTasks");
        }
        for (int s = 0; s < task.subTasks().size(); s++) {
            checkTask(task.subTasks().get(s), path + ".subTasks[" + s + "]", depth + 1);
        }
    }

    /** "$.plan.groups[2].tasks[5].name" from Jackson's reference chain. */
    static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder("$");
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                b.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    /**
     * A value the model's records cannot take, said in the officer's words by what the format expects there (a date,
     * one of the listed codes, a number, text, a list, an object): Jackson's own message names Java types and is kept
     * only as the cause.
     */
    static PlanDeskException refusal(JsonMappingException e, String path) {
        Throwable cause = e.getCause();
        if (cause instanceof PlanDeskException p) {
            return p.key().startsWith("json.need") ? new PlanDeskException(e, p.key(), path)
                    : new PlanDeskException(e, "json.at", path, p);
        }
        if (cause instanceof InputCoercionException) {
            return new PlanDeskException(e, "json.numberTooLarge", path);
        }
        Class<?> type = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        Object value = e instanceof InvalidFormatException f ? f.getValue() : null;
        if (type == null) {
            return new PlanDeskException(e, "json.invalid", path);
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return new PlanDeskException(e, "json.badDate", path, value == null ? "" : JsonFields.quoted(value));
        }
        if (type.isEnum()) {
            return value == null ? new PlanDeskException(e, "json.needText", path)
                    : new PlanDeskException(e, "json.badChoice", path, JsonFields.quoted(value), JsonFields.allowed(type));
        }
        if (type == String.class || type == Character.class) {
            return new PlanDeskException(e, "json.needText", path);
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return new PlanDeskException(e, "json.needWhole", path);
        }
        if (type == boolean.class || type == Boolean.class) {
            return new PlanDeskException(e, "json.needFlag", path);
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return new PlanDeskException(e, "json.needList", path);
        }
        return new PlanDeskException(e, "json.needObject", path);
    }

    /** A deadline is carried as the printed text and the year grid; its meaning is read again on import. */
    private static final class DeadlineSerializer extends JsonSerializer<Deadline> {
        @Override
        public void serialize(Deadline d, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            if (!d.raw().isEmpty()) {
                gen.writeStringField("text", d.raw());
            }
            if (!d.years().isEmpty()) {
                gen.writeObjectFieldStart("years");
                for (Map.Entry<Integer, String> e : d.years().entrySet()) {
                    gen.writeStringField(String.valueOf(e.getKey()), e.getValue());
                }
                gen.writeEndObject();
            }
            gen.writeEndObject();
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, Deadline d) {
            return d == null || (d.raw().isEmpty() && d.years().isEmpty());
        }
    }

    private static final class DeadlineDeserializer extends JsonDeserializer<Deadline> {
        @Override
        public Deadline deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            JsonNode node = ctx.readTree(p);
            if (!node.isObject()) {
                throw JsonMappingException.from(p, "json.needObject", new PlanDeskException("json.needObject"));
            }
            String text = "";
            TreeMap<Integer, String> years = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                switch (f.getKey()) {
                    case "text" -> {
                        if (!f.getValue().isTextual()) {
                            throw mappingError(p, "text", "json.needText");
                        }
                        text = f.getValue().asText();
                    }
                    case "years" -> {
                        if (!f.getValue().isObject()) {
                            throw mappingError(p, "years", "json.needObject");
                        }
                        for (Iterator<Map.Entry<String, JsonNode>> ys = f.getValue().fields(); ys.hasNext(); ) {
                            Map.Entry<String, JsonNode> y = ys.next();
                            int year;
                            try {
                                year = Integer.parseInt(y.getKey());
                            } catch (NumberFormatException e) {
                                throw mappingError(p, "years." + y.getKey(), "json.badYear", y.getKey());
                            }
                            if (year < 2000 || year > 2100) {
                                throw mappingError(p, "years." + y.getKey(), "json.badYear", y.getKey());
                            }
                            if (!y.getValue().isTextual()) {
                                throw mappingError(p, "years." + y.getKey(), "json.needText");
                            }
                            years.put(year, y.getValue().asText());
                        }
                    }
                    default -> throw UnrecognizedPropertyException.from(p, Deadline.class, f.getKey(), null);
                }
            }
            return Deadline.of(text, years);
        }

        /** A refusal naming the deadline's field, said by {@link #refusal} with the JSON path. */
        private static JsonMappingException mappingError(JsonParser p, String field, String key, Object... args) {
            JsonMappingException e = JsonMappingException.from(p, key, new PlanDeskException(key, args));
            e.prependPath(new JsonMappingException.Reference(Deadline.class, field));
            return e;
        }
    }
}
