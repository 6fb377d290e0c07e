package vn.plandesk.service.register;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import vn.plandesk.io.json.DocumentsJson;
import vn.plandesk.io.table.DocumentKind;
import vn.plandesk.model.AttachedFile;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.IssuedDocument;
import vn.plandesk.model.OfficialDate;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.Text;
import vn.plandesk.service.Messages;
import vn.plandesk.service.SafeFile;
import vn.plandesk.service.SampleLibrary;
import vn.plandesk.store.DocumentRepository;

/**
 * The register of documents issued (Văn bản đã ban hành): add, edit, remove, find and list its entries, and keep each
 * entry's file (PDF or Word) as a copy inside the store folder. The same number, symbol, date and issuer twice is one
 * document: adding it again returns the entry already there, flagged, and stores nothing.
 */
public final class DocumentRegister {
    /**
     * The largest file kept: a scanned, signed decision of a few pages is a few megabytes, a long scanned plan some
     * tens; more is not a document to attach.
     */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    private final DocumentRepository documents;

    public DocumentRegister(DocumentRepository documents) {
        this.documents = documents;
    }

    /** An entry as adding left it: stored now, or already in the register ({@code duplicate}) and not stored again. */
    public record Added(IssuedDocument document, boolean duplicate) {
    }

    /** The register in the order of entry. */
    public List<IssuedDocument> list() {
        return documents.list();
    }

    public Optional<IssuedDocument> find(long id) {
        return documents.find(id);
    }

    /**
     * The entries of the given ids in that order, ids no longer in the register left out: the evidence a progress
     * entry cites.
     */
    public List<IssuedDocument> find(java.util.Collection<Long> ids) {
        java.util.Map<Long, IssuedDocument> byId = new java.util.HashMap<>();
        documents.list().forEach(d -> byId.put(d.id(), d));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    public IssuedDocument get(long id) {
        return documents.find(id).orElseThrow(() -> new PlanDeskException("register.noSuchDocument", id));
    }

    /**
     * The entries whose type, number and symbol, date, issuer, summary or file name hold every word of the text,
     * diacritics and case ignored ("quyet dinh 2556", "chuyen doi so").
     */
    public List<IssuedDocument> search(String text) {
        List<IssuedDocument> out = new ArrayList<>();
        for (IssuedDocument d : documents.list()) {
            if (matches(d, text)) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * Whether an entry's type, number and symbol, date, issuer, summary or file name hold every word of the text,
     * diacritics and case ignored: the register's search, also where a list already read is narrowed (the picker).
     */
    public static boolean matches(IssuedDocument d, String text) {
        String hay = Text.fold(searchText(d));
        for (String w : Text.fold(text).split(" ")) { // no text folds to "": every entry matches it
            if (!w.isEmpty() && !hay.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static String searchText(IssuedDocument d) {
        return Messages.get(d.type().labelKey()) + " số " + d.numberAndSymbol() + " "
                + (d.date() == null ? "" : OfficialDate.screen(d.date()) + " " + OfficialDate.numeric(d.date()))
                + " " + d.issuer() + " " + d.summary() + " " + (d.file() == null ? "" : d.file().name());
    }

    /** Adds an entry without a file; see {@link #add(IssuedDocument, Path)}. */
    public Added add(IssuedDocument document) {
        return add(document, null);
    }

    /**
     * Adds an entry, with a copy of its file when one is given. When the register already holds a document with the
     * same number, symbol, date and issuer, that entry is returned flagged as a duplicate and nothing is stored or
     * copied.
     *
     * @throws PlanDeskException when the file is not a PDF or Word document, is empty, too large or unreadable; nothing
     *                           is stored then
     */
    public Added add(IssuedDocument document, Path file) {
        checkEntry(document);
        Optional<IssuedDocument> same = sameAs(document, null);
        if (same.isPresent()) {
            return new Added(same.get(), true);
        }
        IssuedDocument entry = document.withId(null).withRepeatOf(null);
        if (file != null) {
            entry = entry.withFile(keepCopy(file));
        }
        DocumentRepository.Added added = documents.addAll(List.of(entry)).get(0);
        return new Added(added.document(), added.existed());
    }

    /**
     * Writes the officer's changes to an entry (its file is changed with {@link #attach} and {@link #detach}).
     *
     * @throws PlanDeskException "register.sameAsOther" when the changes make it the same document as another entry
     */
    public IssuedDocument edit(IssuedDocument changed) {
        checkEntry(changed);
        IssuedDocument stored = get(changed.id());
        Optional<IssuedDocument> other = sameAs(changed, changed.id());
        if (other.isPresent() && !other.get().id().equals(stored.repeatOf())) {
            throw new PlanDeskException("register.sameAsOther", other.get().citation());
        }
        IssuedDocument next = new IssuedDocument(stored.id(), changed.type(), changed.number(), changed.symbol(),
                changed.date(), changed.issuer(), changed.summary(), stored.file(),
                other.isPresent() ? stored.repeatOf() : null);
        documents.update(next);
        return next;
    }

    /** Attaches a file to an entry (in place of the one it had). */
    public IssuedDocument attach(long id, Path file) {
        IssuedDocument stored = get(id);
        return replaceFile(stored, stored.withFile(keepCopy(file)));
    }

    /** Takes the file off an entry; the entry stays. */
    public IssuedDocument detach(long id) {
        IssuedDocument stored = get(id);
        return replaceFile(stored, stored.withFile(null));
    }

    /** Stores the entry with its new file, then drops the old copy unless another entry still uses it. */
    private IssuedDocument replaceFile(IssuedDocument stored, IssuedDocument next) {
        documents.update(next);
        dropCopyIfUnused(stored.file());
        return next;
    }

    /**
     * Removes an entry. A document that progress entries cite as evidence is refused, not asked about: removing it
     * would take the proof away from recorded results, so the officer first takes it off those entries; the sentence
     * says how many cite it.
     */
    public void remove(long id) {
        IssuedDocument stored = get(id);
        int cited = documents.citations(id);
        if (cited > 0) {
            throw new PlanDeskException("register.cited", describe(stored), cited);
        }
        documents.delete(id);
        dropCopyIfUnused(stored.file());
    }

    /** Where the copy of an entry's file is, to open it or save it out. */
    public Optional<Path> fileOf(IssuedDocument d) {
        if (d.file() == null) {
            return Optional.empty();
        }
        Path p = documents.filesFolder().resolve(d.file().stored());
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    /**
     * Loads the sample register (seed 003's appendix "(Tính đến 18/11/2025)") entry for entry, its repeated entries
     * kept and flagged; loading it again adds nothing. Returns how many entries were stored.
     */
    public int loadSamples() {
        return (int) documents.addAll(new SampleLibrary().register()).stream().filter(a -> !a.existed()).count();
    }

    /**
     * Adds the documents an exchange file carries, as {@link DocumentRepository#addAll} does; returns them as stored.
     */
    public List<IssuedDocument> addAll(List<IssuedDocument> carried) {
        return documents.addAll(carried(carried)).stream().map(DocumentRepository.Added::document).toList();
    }

    /**
     * The documents an exchange file carries, checked as an entry typed in is and ready to be added (no id, no file).
     *
     * @throws PlanDeskException when one is empty or too long
     */
    public static List<IssuedDocument> carried(List<IssuedDocument> carried) {
        carried.forEach(DocumentRegister::checkEntry);
        return carried.stream().map(d -> d.withId(null).withFile(null)).toList();
    }

    /**
     * The entries of the register the given ids name, in the register's order, with the entry a cited repeat repeats
     * (a file lists a repeat after its original): what an exchange file carries so that its evidence can be cited.
     */
    public List<IssuedDocument> cited(java.util.Collection<Long> ids) {
        java.util.Set<Long> wanted = new java.util.HashSet<>(ids);
        List<IssuedDocument> all = list();
        all.stream().filter(d -> wanted.contains(d.id()) && d.repeated()).forEach(d -> wanted.add(d.repeatOf()));
        return all.stream().filter(d -> wanted.contains(d.id())).toList();
    }

    /**
     * An entry from what the officer types (the command line's {@code document-add}): the type by its name or code,
     * diacritics and case ignored ("Quyết định", "quyet dinh", "QĐ", "QUYET_DINH"; blank: told by the symbol), the
     * number and symbol together ("2556/QĐ-UBND", "1-KH/BCĐ"), the date as the screen shows it ("06/11/2025").
     *
     * @throws PlanDeskException "register.badType" or "register.badDate", in one sentence
     */
    public static IssuedDocument entry(String type, String numberAndSymbol, String date, String issuer,
                                       String summary) {
        String ns = Text.nfc(numberAndSymbol).strip();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+[a-zA-Z]?)(?:[/-](.+))?").matcher(ns);
        String number = m.matches() ? m.group(1) : "";
        String symbol = m.matches() ? (m.group(2) == null ? "" : m.group(2).strip()) : ns;
        return IssuedDocument.of(type(type, symbol), number, symbol, date(date), issuer, summary);
    }

    /**
     * A date of issue as the screen shows it ("06/11/2025"); null when blank.
     *
     * @throws PlanDeskException "register.badDate", in one sentence
     */
    public static java.time.LocalDate date(String typed) {
        if (Text.isBlank(typed)) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(typed.strip(), OfficialDate.SCREEN);
        } catch (java.time.format.DateTimeParseException e) {
            throw new PlanDeskException(e, "register.badDate", typed.strip());
        }
    }

    private static DocumentType type(String text, String symbol) {
        String f = Text.fold(text).replace('_', ' ');
        if (f.isEmpty()) {
            return DocumentType.fromSymbol(symbol);
        }
        for (DocumentType t : DocumentType.values()) {
            if (f.equals(Text.fold(t.name()).replace('_', ' '))
                    || f.equals(Text.fold(Messages.bundle(Messages.VIETNAMESE).getString(t.labelKey())))
                    || f.equals(Text.fold(Messages.get(t.labelKey())))
                    || (!t.code().isEmpty() && f.equals(Text.fold(t.code())))) {
                return t;
            }
        }
        throw new PlanDeskException("register.badType", text.strip());
    }

    /** The sentence {@code document-add} prints: the new entry's id, or the entry already holding that document. */
    public static String describe(Added added) {
        return added.duplicate()
                ? Messages.get("register.duplicate", describe(added.document()), added.document().id())
                : Messages.get("register.added", describe(added.document()), added.document().id());
    }

    /** "Quyết định số 2556/QĐ-UBND ngày 06/11/2025 của UBND tỉnh". */
    public static String describe(IssuedDocument d) {
        String citation = d.citation();
        String type = Messages.get(d.type().labelKey());
        return citation.isEmpty() ? type : type + " số " + citation;
    }

    /**
     * Another entry that is the same document; for an edit of entry {@code except}, its own flagged repeats do not
     * count (editing seed 003's entry 2 leaves entry 11, which repeats it, as it is).
     */
    private Optional<IssuedDocument> sameAs(IssuedDocument d, Long except) {
        IssuedDocument.Key key = d.key();
        return documents.list().stream()
                .filter(x -> !x.id().equals(except) && (except == null || !except.equals(x.repeatOf()))
                        && x.key().equals(key))
                .findFirst();
    }

    /** An entry needs something to cite it by: a number or a summary. */
    private static void checkEntry(IssuedDocument d) {
        if (d.number().isEmpty() && d.summary().isEmpty()) {
            throw new PlanDeskException("register.empty");
        }
        if (d.number().length() > 50 || d.symbol().length() > 50 || d.issuer().length() > 500) {
            throw new PlanDeskException("register.tooLong");
        }
    }

    /**
     * Checks a file and writes its copy into the documents folder, under the name of its content; the same file again
     * is the same copy.
     */
    private AttachedFile keepCopy(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new PlanDeskException("register.file.tooLarge", name, size / (1024 * 1024),
                        MAX_FILE_BYTES / (1024 * 1024));
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
        } catch (IOException e) {
            throw new PlanDeskException(e, "register.file.unreadable", name, e.getMessage());
        }
        if (bytes.length == 0) {
            throw new PlanDeskException("register.file.empty", name);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new PlanDeskException("register.file.tooLarge", name, bytes.length / (1024 * 1024),
                    MAX_FILE_BYTES / (1024 * 1024));
        }
        String extension = extension(bytes);
        if (extension == null) {
            throw new PlanDeskException("register.file.notDocument", name);
        }
        String stored = sha256(bytes) + extension;
        Path target = documents.filesFolder().resolve(stored);
        if (!Files.isRegularFile(target)) {
            SafeFile.write(target, "register.file.cannotCopy", out -> out.write(bytes));
        }
        return new AttachedFile(name, stored, bytes.length);
    }

    /** ".pdf", ".docx" or ".doc" by the file's bytes (officers' files are often renamed), else null. */
    static String extension(byte[] bytes) {
        DocumentKind kind = DocumentKind.of(bytes);
        if (kind == DocumentKind.PDF) {
            return ".pdf";
        }
        if (kind == DocumentKind.WORD) {
            return ".docx";
        }
        // an old Word file is an OLE2 container with a "WordDocument" stream, named in UTF-16 in its directory
        if (kind == DocumentKind.WORKBOOK && DocumentKind.containsAscii(bytes, "W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t")) {
            return ".doc";
        }
        return null;
    }

    private void dropCopyIfUnused(AttachedFile file) {
        if (file == null || documents.fileInUse(file.stored())) {
            return;
        }
        try {
            Files.deleteIfExists(documents.filesFolder().resolve(file.stored()));
        } catch (IOException e) {
            // an unused copy left behind costs only space; the backup carries it like any other
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
