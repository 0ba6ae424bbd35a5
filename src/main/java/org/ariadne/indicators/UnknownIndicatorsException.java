package org.ariadne.indicators;

import java.util.List;
import org.ariadne.common.InvalidInputException;

/** Ticked codes that the catalogue does not have; the codes are named. */
public class UnknownIndicatorsException extends InvalidInputException {

    private final List<String> codes;

    public UnknownIndicatorsException(List<String> codes) {
        super("ticked", "indicators.error.unknown-codes", String.join(", ", codes));
        this.codes = List.copyOf(codes);
    }

    public List<String> codes() {
        return codes;
    }
}
