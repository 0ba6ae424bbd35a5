package org.ariadne.cases.ui;

import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CaseNotAvailableException;

final class CaseCodes {

    private CaseCodes() {
    }

    /** A code from an address; a malformed one is answered like an unknown case. */
    static CaseCode parse(String value) {
        if (!CaseCode.isValid(value)) {
            throw new CaseNotAvailableException();
        }
        return new CaseCode(value);
    }
}
