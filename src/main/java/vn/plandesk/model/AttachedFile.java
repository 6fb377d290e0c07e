package vn.plandesk.model;

/**
 * The copy of a document's file (PDF or Word) kept inside the store folder, so that the store stays one folder that is
 * backed up and moved whole.
 *
 * @param name   the file's name as the officer chose it ("QD-2556.pdf"), shown and used when the copy is saved out
 * @param stored the copy's name in the store's documents folder: the SHA-256 of its bytes and the kind's extension, so
 *               the same file attached twice is kept once and a restore never has two files under one name
 * @param size   bytes
 */
public record AttachedFile(String name, String stored, long size) {
    public AttachedFile {
        name = Text.nfc(name).strip();
        stored = Text.nfc(stored).strip();
    }
}
