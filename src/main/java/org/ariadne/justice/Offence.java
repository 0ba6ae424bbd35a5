package org.ariadne.justice;

/**
 * An offence the person was charged with. The description is free text that may name people, so
 * it is stored encrypted and never leaves the case.
 *
 * @param linked whether the offence is linked to the trafficking (the person was compelled to commit it)
 */
public record Offence(String description, boolean linked) {

    public Offence {
        description = description == null ? "" : description;
    }
}
