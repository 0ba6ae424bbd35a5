package org.ariadne.base;

import org.slf4j.Logger;

/**
 * Logs an exception's types and stack frames but never its messages: database and validation
 * messages can contain the values of a record, and personal data must not reach a log.
 */
public final class SafeLog {

    private static final int MAX_FRAMES = 12;

    private SafeLog() {
    }

    public static void error(Logger log, String what, Throwable throwable) {
        log.error("{}: {}", what, describe(throwable));
    }

    public static String describe(Throwable throwable) {
        var text = new StringBuilder();
        Throwable current = throwable;
        int depth = 0;
        while (current != null && depth < 8) {
            text.append(depth == 0 ? "" : " <- caused by ").append(current.getClass().getName());
            StackTraceElement[] frames = current.getStackTrace();
            for (int i = 0; i < Math.min(MAX_FRAMES, frames.length); i++) {
                text.append("\n\tat ").append(frames[i]);
            }
            current = current.getCause();
            depth++;
        }
        return text.toString();
    }
}
