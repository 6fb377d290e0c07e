package vn.plandesk.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.IssuedDocument;
import vn.plandesk.model.OfficialDate;
import vn.plandesk.model.PlanDeskException;
import vn.plandesk.model.Text;
import vn.plandesk.service.Messages;
import vn.plandesk.service.register.DocumentRegister;

/**
 * The state and commands of the register picker ({@link RegisterPicker}): the register of documents issued, narrowed by
 * a search that ignores diacritics and case, the documents chosen as a task's evidence, and a new document to add to
 * the register. It only reads and adds to the register; what is chosen is recorded by the tracking page
 * ({@link TrackingViewModel#setDocuments}), one step of undo.
 */
final class RegisterPickerViewModel {
    /** One line of the list: a document of the register and whether it is chosen. */
    static final class Line {
        private final IssuedDocument document;
        private final BooleanProperty chosen = new SimpleBooleanProperty();

        Line(IssuedDocument document, boolean chosen) {
            this.document = document;
            this.chosen.set(chosen);
        }

        IssuedDocument document() {
            return document;
        }

        BooleanProperty chosen() {
            return chosen;
        }

        String type() {
            return Messages.get(document.type().labelKey());
        }

        String date() {
            return document.date() == null ? "" : OfficialDate.screen(document.date());
        }

        /** "2556/QĐ-UBND", and "(lặp lại mục 2)" after an entry a transcribed list repeats. */
        String numberAndSymbol() {
            return document.repeated()
                    ? document.numberAndSymbol() + " " + Messages.get("register.repeatOf", document.repeatOf())
                    : document.numberAndSymbol();
        }
    }

    private final DocumentRegister register;
    private final BackgroundWork work;
    /** Every line of the register, in its order; {@link #shown} is what the search lets through. */
    private final List<Line> all = new ArrayList<>();
    private final ObservableList<Line> shown = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    /** The chosen documents in the order they were chosen: those already cited first. */
    private final Set<Long> chosen = new LinkedHashSet<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper();
    private final List<Consumer<IssuedDocument>> onAdded = new ArrayList<>();

    // the new document
    private final ObjectProperty<DocumentType> type = new SimpleObjectProperty<>(DocumentType.QUYET_DINH);
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty symbol = new SimpleStringProperty("");
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty issuer = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();

    /**
     * @param cited the documents the entry cites now, chosen from the start
     */
    RegisterPickerViewModel(DocumentRegister register, BackgroundWork work, Collection<Long> cited) {
        this.register = register;
        this.work = work;
        chosen.addAll(cited);
        search.addListener((o, old, s) -> applySearch());
        load();
    }

    /** Reads the register off the FX thread. */
    private void load() {
        loading.set(true);
        Task<List<IssuedDocument>> read = new Task<>() {
            @Override
            protected List<IssuedDocument> call() {
                return register.list();
            }
        };
        read.setOnSucceeded(e -> {
            all.clear();
            for (IssuedDocument d : read.getValue()) {
                all.add(line(d));
            }
            loading.set(false);
            applySearch();
        });
        work.run(read, this::tell);
    }

    private Line line(IssuedDocument d) {
        Line l = new Line(d, chosen.contains(d.id()));
        l.chosen().addListener((o, was, now) -> {
            if (now) {
                chosen.add(d.id());
            } else {
                chosen.remove(d.id());
            }
        });
        return l;
    }

    private void applySearch() {
        String text = search.get();
        List<Line> out = all.stream().filter(l -> DocumentRegister.matches(l.document(), text)).toList();
        if (!out.equals(shown)) {
            shown.setAll(out);
        }
    }

    ObservableList<Line> shown() {
        return shown;
    }

    StringProperty search() {
        return search;
    }

    ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }

    /** What the last addition did ("Đã thêm …", "… đã có trong sổ …") or why it was refused; empty when nothing. */
    ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** Whether {@link #message} tells a refusal or a repeat rather than an addition. */
    ReadOnlyBooleanProperty problem() {
        return problem.getReadOnlyProperty();
    }

    /** The documents chosen, those already cited first, then in the order they were chosen. */
    List<Long> chosenIds() {
        return List.copyOf(chosen);
    }

    /** Chooses a document of the register, or takes it off the choice. */
    void choose(long id, boolean on) {
        all.stream().filter(l -> l.document().id() == id).findFirst().ifPresent(l -> l.chosen().set(on));
    }

    /** Called with each document added to the register from here (for the tracking page to cite it by name). */
    void setOnAdded(Consumer<IssuedDocument> listener) {
        onAdded.add(listener);
    }

    ObjectProperty<DocumentType> type() {
        return type;
    }

    StringProperty number() {
        return number;
    }

    StringProperty symbol() {
        return symbol;
    }

    /** The date of issue as typed, dd/MM/yyyy. */
    StringProperty date() {
        return date;
    }

    StringProperty issuer() {
        return issuer;
    }

    StringProperty summary() {
        return summary;
    }

    /** A PDF or Word copy of the document to keep in the store; null for none. */
    ObjectProperty<Path> file() {
        return file;
    }

    /**
     * Adds the document typed to the register (its file copied into the store, off the FX thread) and chooses it. A
     * document the register holds already (same number, symbol, date and issuer) is not stored again: it is told in
     * one sentence and the entry there is chosen. A bad date, an empty entry or a file that is no document is told in
     * one sentence and nothing is written.
     */
    void add() {
        IssuedDocument typed;
        try {
            typed = IssuedDocument.of(type.get(), Text.nfc(number.get()).strip(), Text.nfc(symbol.get()).strip(),
                    DocumentRegister.date(date.get()), issuer.get(), summary.get());
        } catch (PlanDeskException e) {
            tell(e);
            return;
        }
        Path copy = file.get();
        Task<DocumentRegister.Added> write = new Task<>() {
            @Override
            protected DocumentRegister.Added call() {
                return register.add(typed, copy);
            }
        };
        write.setOnSucceeded(e -> added(write.getValue()));
        work.run(write, this::tell);
    }

    private void added(DocumentRegister.Added added) {
        IssuedDocument d = added.document();
        message.set(DocumentRegister.describe(added));
        problem.set(added.duplicate());
        if (!added.duplicate()) {
            all.add(line(d));
            number.set("");
            symbol.set("");
            date.set("");
            summary.set("");
            file.set(null);
            onAdded.forEach(l -> l.accept(d));
        }
        // the new document, or the one already held, is what the officer meant to cite: shown and chosen
        search.set("");
        applySearch();
        choose(d.id(), true);
    }

    private void tell(Throwable failure) {
        loading.set(false);
        problem.set(true);
        message.set(failure instanceof PlanDeskException p ? Messages.of(p)
                : Messages.get("error.unexpected", String.valueOf(failure.getMessage())));
    }
}
