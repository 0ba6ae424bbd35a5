package org.ariadne.base;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the embedded default keeps its data (database, key file): {@code ARIADNE_DATA_DIR}, by
 * default {@code ./data}. The embedded MariaDB wipes a data folder inside the system temporary
 * folder at every start, so when the default would land there (a project checked out under /tmp,
 * say) the data goes to {@code ~/.ariadne/data} instead, and an explicit setting there is refused.
 */
@Component
public class DataFolder {

    private static final Logger log = LoggerFactory.getLogger(DataFolder.class);
    static final String DEFAULT = "./data";

    private final Path path;
    private final boolean throwAway;

    DataFolder(@Value("${ariadne.data-dir}") String configured,
               @Value("${ariadne.database.throw-away:false}") boolean throwAway) {
        this.throwAway = throwAway;
        this.path = resolve(configured, throwAway);
    }

    static Path resolve(String configured, boolean throwAway) {
        Path candidate = Path.of(configured).toAbsolutePath().normalize();
        if (throwAway || !insideTemporaryFolder(candidate)) {
            return candidate;
        }
        if (!DEFAULT.equals(configured)) {
            throw new InvalidSettingException("The setting ARIADNE_DATA_DIR points inside the system temporary folder,"
                    + " where the embedded database would be wiped at every start: choose another folder.",
                    "ARIADNE_DATA_DIR");
        }
        Path home = Path.of(System.getProperty("user.home"), ".ariadne", "data").toAbsolutePath();
        log.warn("This folder is inside the system temporary folder, which the embedded database wipes at every"
                + " start: data is kept in {} instead (set ARIADNE_DATA_DIR to choose).", home);
        return home;
    }

    static boolean insideTemporaryFolder(Path candidate) {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        return candidate.startsWith(temporary);
    }

    public Path path() {
        return path;
    }

    /** Whether the data may be thrown away (tests): then a temporary folder is fine. */
    public boolean throwAway() {
        return throwAway;
    }
}
