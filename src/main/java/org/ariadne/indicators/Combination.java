package org.ariadne.indicators;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way a dimension can be present: at least this many strong, medium and weak ticks, plus at
 * least {@code mediumOrWeak} ticks that are medium or weak. Written like {@code S1+MW1}.
 */
public record Combination(int strong, int medium, int weak, int mediumOrWeak) {

    private static final Pattern TERM = Pattern.compile("(MW|S|M|W)(\\d+)");

    public Combination {
        if (strong < 0 || medium < 0 || weak < 0 || mediumOrWeak < 0 || strong + medium + weak + mediumOrWeak == 0) {
            throw new IllegalArgumentException("a combination needs at least one tick");
        }
    }

    public static Combination parse(String text) {
        int s = 0;
        int m = 0;
        int w = 0;
        int mw = 0;
        for (String term : text.strip().split("\\+")) {
            Matcher matcher = TERM.matcher(term.strip());
            if (!matcher.matches()) {
                throw new IllegalArgumentException("not a combination term: " + term);
            }
            int n = Integer.parseInt(matcher.group(2));
            switch (matcher.group(1)) {
                case "S" -> s += n;
                case "M" -> m += n;
                case "W" -> w += n;
                default -> mw += n;
            }
        }
        return new Combination(s, m, w, mw);
    }

    /** Whether these counts of ticked strong, medium and weak indicators satisfy the combination. */
    public boolean satisfiedBy(int s, int m, int w) {
        if (s < strong || m < medium || w < weak) {
            return false;
        }
        return (m - medium) + (w - weak) >= mediumOrWeak;
    }

    /** Weak ticks alone never make a dimension present: a rule that allows it is refused. */
    public boolean needsMoreThanWeak() {
        return strong > 0 || medium > 0;
    }

    @Override
    public String toString() {
        var text = new StringBuilder();
        append(text, "S", strong);
        append(text, "M", medium);
        append(text, "W", weak);
        append(text, "MW", mediumOrWeak);
        return text.toString();
    }

    private static void append(StringBuilder text, String letter, int n) {
        if (n > 0) {
            text.append(text.isEmpty() ? "" : "+").append(letter).append(n);
        }
    }
}
