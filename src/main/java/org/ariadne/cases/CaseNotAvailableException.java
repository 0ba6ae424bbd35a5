package org.ariadne.cases;

import org.ariadne.common.NotFoundException;

/**
 * A case that does not exist and a case the caller may not see look the same from outside, so a
 * guessed code reveals nothing. The audit trail tells them apart.
 */
public class CaseNotAvailableException extends NotFoundException {

    public CaseNotAvailableException() {
        super("cases.error.not-available");
    }
}
