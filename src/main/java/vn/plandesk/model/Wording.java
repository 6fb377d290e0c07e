package vn.plandesk.model;

/**
 * Words of the resource bundle given as an argument of a sentence ("the field Số thứ tự"), said in the officer's
 * language when the sentence is: a lower layer names a thing without knowing the language.
 */
public record Wording(String key, Object... args) {
    public Wording {
        args = args.clone();
    }
}
