package vn.plandesk.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import vn.plandesk.model.BodySection;
import vn.plandesk.model.NumberingScheme;
import vn.plandesk.model.PlanRef;
import vn.plandesk.model.Signer;

/**
 * The JSON of a plan's header (plan.header_json) and of a task's year grid (task.deadline_years), written and read with
 * jackson-core's streaming parser and generator instead of databind's mapper. Building that mapper and its
 * serializers for the header's records was about a tenth of a command's run (an export, an import, the window's first
 * read), for a dozen fields.
 *
 * <p>What it writes is byte for byte what databind's mapper wrote (the same generator, fields in the records' order,
 * nulls written, dates as ISO text, enums by name): the plans' checksums are taken over that text. It reads what it
 * writes; any other form (a number where a text is expected, a date in another shape) it does not guess at but
 * answers null, and the caller reads that JSON with databind as before.
 */
final class HeaderJson {
    /** The factory databind's mapper is built on, with its defaults: the same escaping, the same output. */
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("-?\\d{1,9}");

    private HeaderJson() {
    }

    /** Thrown inside a read at the first thing this reader leaves to databind; never leaves this class. */
    private static final class NotMine extends Exception {
        NotMine() {
            super(null, null, false, false);
        }
    }

    static String write(PlanRepository.Header h) throws SQLException {
        return generate("header", g -> {
            g.writeStartObject();
            g.writeStringField("parentOrgan", h.parentOrgan());
            g.writeStringField("issuingOrgan", h.issuingOrgan());
            g.writeStringField("locality", h.locality());
            g.writeStringField("documentType", h.documentType());
            field(g, "legalBases", h.legalBases(), TEXTS);
            field(g, "introduction", h.introduction(), TEXTS);
            field(g, "sections", h.sections(), SECTIONS);
            field(g, "recipients", h.recipients(), TEXTS);
            field(g, "signer", h.signer(), HeaderJson::signer);
            field(g, "parentPlan", h.parentPlan(), HeaderJson::ref);
            field(g, "replacesPlan", h.replacesPlan(), HeaderJson::ref);
            g.writeStringField("numbering", h.numbering() == null ? null : h.numbering().name());
            field(g, "appendixTitles", h.appendixTitles(), TEXTS);
            g.writeEndObject();
        });
    }

    /** The year grid as {"2025":"x",…}, in the map's order. */
    static String writeYears(Map<Integer, String> years) throws SQLException {
        return generate("year grid", g -> {
            g.writeStartObject();
            for (Map.Entry<Integer, String> e : years.entrySet()) {
                g.writeStringField(String.valueOf(e.getKey()), e.getValue()); // a null text is written null
            }
            g.writeEndObject();
        });
    }

    /** The header the JSON holds, or null when it holds a form this reader leaves to databind. */
    static PlanRepository.Header read(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            String parentOrgan = null;
            String issuingOrgan = null;
            String locality = null;
            String documentType = null;
            List<String> legalBases = null;
            List<String> introduction = null;
            List<BodySection> sections = null;
            List<String> recipients = null;
            Signer signer = null;
            PlanRef parentPlan = null;
            PlanRef replacesPlan = null;
            NumberingScheme numbering = null;
            List<String> appendixTitles = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "parentOrgan" -> parentOrgan = string(p);
                    case "issuingOrgan" -> issuingOrgan = string(p);
                    case "locality" -> locality = string(p);
                    case "documentType" -> documentType = string(p);
                    case "legalBases" -> legalBases = strings(p);
                    case "introduction" -> introduction = strings(p);
                    case "sections" -> sections = sections(p);
                    case "recipients" -> recipients = strings(p);
                    case "signer" -> signer = signer(p);
                    case "parentPlan" -> parentPlan = ref(p);
                    case "replacesPlan" -> replacesPlan = ref(p);
                    case "numbering" -> numbering = numbering(p);
                    case "appendixTitles" -> appendixTitles = strings(p);
                    default -> p.skipChildren(); // databind's mapper ignores what it does not know, too
                }
            }
            end(p);
            return new PlanRepository.Header(parentOrgan, issuingOrgan, locality, documentType, legalBases,
                    introduction, sections, recipients, signer, parentPlan, replacesPlan, numbering, appendixTitles);
        } catch (NotMine | IOException | RuntimeException e) {
            return null;
        }
    }

    /** The year grid the JSON holds, in year order, or null when it holds a form this reader leaves to databind. */
    static TreeMap<Integer, String> readYears(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            TreeMap<Integer, String> years = new TreeMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String year = p.currentName();
                if (!YEAR.matcher(year).matches()) {
                    throw new NotMine();
                }
                p.nextToken();
                years.put(Integer.valueOf(year), string(p));
            }
            end(p);
            return years;
        } catch (NotMine | IOException | RuntimeException e) {
            return null;
        }
    }

    private interface Writing {
        void to(JsonGenerator g) throws IOException;
    }

    /** What is written; a failure is the generator's limits (a nesting too deep), told as the mapper's were. */
    private static String generate(String what, Writing writing) throws SQLException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            writing.to(g);
        } catch (IOException e) {
            throw new SQLException("cannot write the plan's " + what, e);
        }
        return out.toString();
    }

    /** How a value is written; the generator writes a null text as null. */
    private interface Writer<T> {
        void write(JsonGenerator g, T value) throws IOException;
    }

    private static final Writer<List<String>> TEXTS = listOf(JsonGenerator::writeString);
    private static final Writer<List<BodySection>> SECTIONS = listOf(HeaderJson::section);

    /** A field whose value is null or what {@code write} writes, as the mapper writes a record's component. */
    private static <T> void field(JsonGenerator g, String name, T value, Writer<T> write) throws IOException {
        g.writeFieldName(name);
        nullOr(g, value, write);
    }

    private static <T> void nullOr(JsonGenerator g, T value, Writer<T> write) throws IOException {
        if (value == null) {
            g.writeNull();
        } else {
            write.write(g, value);
        }
    }

    private static <T> Writer<List<T>> listOf(Writer<T> element) {
        return (g, values) -> {
            g.writeStartArray();
            for (T v : values) {
                nullOr(g, v, element);
            }
            g.writeEndArray();
        };
    }

    private static void section(JsonGenerator g, BodySection s) throws IOException {
        g.writeStartObject();
        g.writeStringField("heading", s.heading());
        field(g, "paragraphs", s.paragraphs(), TEXTS);
        field(g, "sections", s.sections(), SECTIONS);
        g.writeEndObject();
    }

    private static void signer(JsonGenerator g, Signer signer) throws IOException {
        g.writeStartObject();
        field(g, "authority", signer.authority(), TEXTS);
        g.writeStringField("title", signer.title());
        g.writeStringField("name", signer.name());
        g.writeEndObject();
    }

    private static void ref(JsonGenerator g, PlanRef ref) throws IOException {
        g.writeStartObject();
        g.writeStringField("number", ref.number());
        g.writeStringField("symbol", ref.symbol());
        g.writeStringField("date", ref.date() == null ? null : ref.date().toString());
        g.writeStringField("issuer", ref.issuer());
        g.writeEndObject();
    }

    private static void expect(JsonToken token, JsonToken expected) throws NotMine {
        if (token != expected) {
            throw new NotMine();
        }
    }

    /** The object is closed and nothing follows it. */
    private static void end(JsonParser p) throws IOException, NotMine {
        expect(p.currentToken(), JsonToken.END_OBJECT);
        expect(p.nextToken(), null);
    }

    private static String string(JsonParser p) throws IOException, NotMine {
        return switch (p.currentToken()) {
            case VALUE_NULL -> null;
            case VALUE_STRING -> p.getText();
            default -> throw new NotMine(); // databind would make a text of a number or a boolean
        };
    }

    /** How a value is read. */
    private interface Reader<T> {
        T read(JsonParser p) throws IOException, NotMine;
    }

    /** Null, or an array of what {@code element} reads. */
    private static <T> List<T> list(JsonParser p, Reader<T> element) throws IOException, NotMine {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(p.currentToken(), JsonToken.START_ARRAY);
        List<T> values = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            values.add(element.read(p));
        }
        return values;
    }

    private static List<String> strings(JsonParser p) throws IOException, NotMine {
        return list(p, HeaderJson::string);
    }

    private static List<BodySection> sections(JsonParser p) throws IOException, NotMine {
        return list(p, HeaderJson::section);
    }

    private static BodySection section(JsonParser p) throws IOException, NotMine {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(p.currentToken(), JsonToken.START_OBJECT);
        String heading = null;
        List<String> paragraphs = null;
        List<BodySection> subsections = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "heading" -> heading = string(p);
                case "paragraphs" -> paragraphs = strings(p);
                case "sections" -> subsections = sections(p);
                default -> p.skipChildren();
            }
        }
        return new BodySection(heading, paragraphs, subsections);
    }

    private static Signer signer(JsonParser p) throws IOException, NotMine {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(p.currentToken(), JsonToken.START_OBJECT);
        List<String> authority = null;
        String title = null;
        String name = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "authority" -> authority = strings(p);
                case "title" -> title = string(p);
                case "name" -> name = string(p);
                default -> p.skipChildren();
            }
        }
        return new Signer(authority, title, name);
    }

    private static PlanRef ref(JsonParser p) throws IOException, NotMine {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(p.currentToken(), JsonToken.START_OBJECT);
        String number = null;
        String symbol = null;
        LocalDate date = null;
        String issuer = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "number" -> number = string(p);
                case "symbol" -> symbol = string(p);
                case "date" -> date = date(p);
                case "issuer" -> issuer = string(p);
                default -> p.skipChildren();
            }
        }
        return new PlanRef(number, symbol, date, issuer);
    }

    private static LocalDate date(JsonParser p) throws IOException, NotMine {
        String text = string(p);
        if (text == null) {
            return null;
        }
        if (!ISO_DATE.matcher(text).matches()) {
            throw new NotMine(); // databind's date reader takes other shapes, and an empty text as no date
        }
        return LocalDate.parse(text);
    }

    private static NumberingScheme numbering(JsonParser p) throws IOException, NotMine {
        String name = string(p);
        if (name == null) {
            return null;
        }
        for (NumberingScheme n : NumberingScheme.values()) {
            if (n.name().equals(name)) {
                return n;
            }
        }
        throw new NotMine();
    }
}
