package org.ariadne.base;

/** A start-up setting that is missing or wrong; its message is the one sentence an operator reads. */
public class InvalidSettingException extends RuntimeException {

    private final String setting;

    public InvalidSettingException(String message, String setting) {
        super(message);
        this.setting = setting;
    }

    public String setting() {
        return setting;
    }
}
