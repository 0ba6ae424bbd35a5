package org.ariadne.statistics.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.ariadne.statistics.Basis;
import org.ariadne.statistics.Period;
import org.ariadne.statistics.internal.FactQueries.Counts;
import org.ariadne.statistics.internal.FactQueries.Request;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts tables from monthly summaries instead of the fact rows. For every shape of table there
 * are pre-summed counts per month, region and the table's two values, each month's summary
 * computed at the version its month had (see {@link FactChanges}). Counting a publication has
 * two steps:
 *
 * <ol>
 * <li>Refresh: for each shape, the months of the period whose version moved since their summary
 * was computed are computed again from the fact rows, in a short transaction of their own that
 * holds the shape's row, so that two nodes never write the same summary at once. The version is
 * read before the facts, so a summary never claims a version newer than what it counts. A refresh
 * only saves work: when it fails, counting still gives the right figures.</li>
 * <li>Count: in one read-only snapshot, every table of the publication sums the summaries of the
 * months whose summary is at the version the snapshot sees, and counts the other months (written
 * since the refresh) directly from the fact rows of the same snapshot. All tables of a publication
 * therefore count the same facts, as if they had all been counted directly.</li>
 * </ol>
 *
 * <p>The scheduled refresh ({@code StatisticsRefreshJob}) runs the first step in the background for
 * the shapes of the dashboard and those counted on this node since it started, over all months.
 */
@Component
public class Summaries {

    private static final Logger log = LoggerFactory.getLogger(Summaries.class);
    /** Up to this many months are counted through the month index; more, and the whole table is read. */
    private static final int FEW_MONTHS = 3;

    /** The months of one basis a group of requests counts. */
    private record Window(Basis basis, Period period) {
    }

    /** What {@link #counts} found in its first snapshot: the months behind it read, and the counts if none was. */
    private record Checked(Map<Window, Map<Integer, TreeMap<LocalDate, Long>>> behind,
                           @Nullable List<Counts> counts) {
    }

    private final JdbcTemplate jdbc;
    private final FactQueries facts;
    private final TransactionTemplate refreshing;
    private final TransactionTemplate counting;
    private final TransactionTemplate registering;
    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    /** Shapes counted on this node since it started, refreshed by the scheduled job as well. */
    private final Map<String, Shape> seen = new ConcurrentHashMap<>();
    private final AtomicLong failures = new AtomicLong();

    Summaries(JdbcTemplate jdbc, FactQueries facts, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.refreshing = new TransactionTemplate(transactions);
        refreshing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        refreshing.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.counting = new TransactionTemplate(transactions);
        counting.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        counting.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        counting.setReadOnly(true);
        this.registering = new TransactionTemplate(transactions);
        registering.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The same counts as {@link FactQueries#direct}, from the summaries. Usually nothing is behind: the
     * months are checked and counted in one snapshot. Otherwise the months behind are refreshed first,
     * and the tables counted in a new snapshot.
     */
    public List<Counts> counts(List<Request> requests) {
        Checked checked = counting.execute(status -> {
            Map<Window, Map<Integer, TreeMap<LocalDate, Long>>> behind = behind(requests);
            boolean allCurrent = requests.stream().allMatch(r -> {
                Integer id = ids.get(r.shape.key());
                // A shape registered by another request after the read has no entry: not current.
                TreeMap<LocalDate, Long> months = id == null ? null
                        : behind.get(new Window(r.shape.basis(), r.query.period())).get(id);
                return months != null && months.isEmpty();
            });
            return new Checked(behind, allCurrent ? countInSnapshot(requests, behind) : null);
        });
        List<Counts> current = checked.counts();
        if (current != null) {
            return current;
        }
        // The refresh starts from what the check read (and reads again under each shape's lock). The count
        // reads the months behind once more, in its own snapshot: the refresh and other writers moved them.
        refresh(requests, checked.behind());
        return count(requests);
    }

    /**
     * The background refresh: every month behind, in any period, of the given requests' shapes and
     * of every shape counted on this node since it started. Returns how many summaries of a month
     * were written.
     */
    public int refreshAll(List<Request> requests) {
        requests.forEach(r -> seen.putIfAbsent(r.shape.key(), r.shape));
        int written = 0;
        for (Shape shape : List.copyOf(seen.values())) {
            written += refresh(shape, null);
        }
        return written;
    }

    /**
     * The first step: refreshes the summaries the requests need. A shape with a few months behind (the
     * usual case: facts of this month or the last changed) is counted again from a slice of the fact rows
     * of those months, read once for all such shapes of the same basis; a shape with more months behind
     * is counted from the whole fact table, every month behind at once.
     */
    void refresh(List<Request> requests) {
        refresh(requests, Map.of());
    }

    /** The first step, from the months behind already read for some of the shapes (see {@link #look}). */
    private void refresh(List<Request> requests, Map<Window, Map<Integer, TreeMap<LocalDate, Long>>> read) {
        Map<Shape, List<Period>> few = new LinkedHashMap<>();
        Set<Shape> many = new LinkedHashSet<>();
        Map<Window, Map<Shape, TreeMap<LocalDate, Long>>> behind = attempt("checked", () -> look(requests, read),
                Map.of());
        behind.forEach((window, shapes) -> shapes.forEach((shape, months) -> {
            if (months.size() > FEW_MONTHS) {
                many.add(shape);
            } else if (!months.isEmpty()) {
                few.computeIfAbsent(shape, s -> new ArrayList<>()).add(window.period());
            }
        }));
        many.forEach(shape -> refresh(shape, null));
        Map<Basis, List<Map.Entry<Shape, Period>>> slices = new EnumMap<>(Basis.class);
        few.forEach((shape, periods) -> {
            if (!many.contains(shape)) {
                periods.forEach(p -> slices.computeIfAbsent(shape.basis(), b -> new ArrayList<>()).add(Map.entry(shape, p)));
            }
        });
        slices.forEach(this::refreshSlice);
    }

    /**
     * The months behind of each of the requests' shapes (registered first if new), by window: as
     * {@code read} has them for a shape it has read in that window, the others read now, in one short
     * look for all of them (usually nothing is behind, and nothing need be locked).
     */
    private Map<Window, Map<Shape, TreeMap<LocalDate, Long>>> look(List<Request> requests,
            Map<Window, Map<Integer, TreeMap<LocalDate, Long>>> read) {
        Map<Window, Map<Shape, TreeMap<LocalDate, Long>>> behind = new LinkedHashMap<>();
        Map<Window, Map<Integer, Shape>> unread = new LinkedHashMap<>();
        windows(requests).forEach((window, shapes) -> {
            Map<Integer, TreeMap<LocalDate, Long>> known = read.getOrDefault(window, Map.of());
            Map<Shape, TreeMap<LocalDate, Long>> months = new LinkedHashMap<>();
            behind.put(window, months);
            for (Shape shape : shapes) {
                int id = id(shape);
                if (known.containsKey(id)) {
                    months.put(shape, known.get(id));
                } else {
                    unread.computeIfAbsent(window, w -> new TreeMap<>()).put(id, shape);
                }
            }
        });
        if (!unread.isEmpty()) {
            refreshing.executeWithoutResult(status -> unread.forEach((window, shapes) -> {
                Map<Integer, TreeMap<LocalDate, Long>> months = behind(window.basis(), window.period(), shapes.keySet());
                months.forEach((id, m) -> behind.get(window).put(shapes.get(id), m));
            }));
        }
        return behind;
    }

    /** Counts a few months of several shapes of one basis from one read of those months' fact rows. */
    private void refreshSlice(Basis basis, List<Map.Entry<Shape, Period>> wanted) {
        attempt("refreshed", () -> refreshing.executeWithoutResult(status -> {
            Map<Integer, Shape> shapes = new TreeMap<>();
            wanted.forEach(w -> shapes.put(id(w.getKey()), w.getKey()));
            List<Integer> locked = lock(shapes.keySet());
            // Read again under the shapes' locks: another node may have just refreshed these months.
            Map<Integer, TreeMap<LocalDate, Long>> stale = new TreeMap<>();
            for (Map.Entry<Shape, Period> w : wanted) {
                int id = id(w.getKey());
                if (locked.contains(id)) {
                    stale.computeIfAbsent(id, k -> new TreeMap<>()).putAll(behind(id, basis, w.getValue()));
                }
            }
            TreeSet<LocalDate> months = new TreeSet<>();
            stale.values().forEach(m -> months.addAll(m.keySet()));
            if (months.isEmpty()) {
                return;
            }
            // The versions were read above, before the facts are: see the class comment.
            jdbc.execute("DROP TEMPORARY TABLE IF EXISTS stat_refresh_slice");
            jdbc.update("CREATE TEMPORARY TABLE stat_refresh_slice AS " + Shape.sliceSql(basis, "IN ("
                    + marks(months.size()) + ")"), months.stream().map(Date::valueOf).toArray());
            try {
                stale.forEach((id, behind) -> {
                    if (!behind.isEmpty()) {
                        write(id, shapes.get(id), shapes.get(id).summarySql("IN (" + marks(behind.size()) + ")",
                                "stat_refresh_slice"), dates(behind.keySet()), behind);
                    }
                });
            } finally {
                jdbc.execute("DROP TEMPORARY TABLE IF EXISTS stat_refresh_slice");
            }
        }));
    }

    /** The second step alone: counts from the summaries as they are, the facts for the months they miss. */
    List<Counts> count(List<Request> requests) {
        return counting.execute(status -> countInSnapshot(requests));
    }

    /**
     * Both ways in the same read-only snapshot: the summaries' counts, then the fact rows' direct counts.
     * Lets a test compare them while other transactions write facts and refresh summaries.
     */
    List<List<Counts>> countAndDirect(List<Request> requests) {
        return counting.execute(status -> List.of(countInSnapshot(requests), facts.direct(requests)));
    }

    private List<Counts> countInSnapshot(List<Request> requests) {
        return countInSnapshot(requests, behind(requests));
    }

    /**
     * For each window of the requests, the months behind of each shape known on this node (an empty
     * entry for a shape whose months are all current).
     */
    private Map<Window, Map<Integer, TreeMap<LocalDate, Long>>> behind(List<Request> requests) {
        Map<Window, Map<Integer, TreeMap<LocalDate, Long>>> behind = new HashMap<>();
        windows(requests).forEach((window, shapes) -> {
            Set<Integer> known = new TreeSet<>();
            shapes.forEach(s -> {
                Integer id = ids.get(s.key());
                if (id != null) {
                    known.add(id);
                }
            });
            behind.put(window, behind(window.basis(), window.period(), known));
        });
        return behind;
    }

    private List<Counts> countInSnapshot(List<Request> requests,
                                         Map<Window, Map<Integer, TreeMap<LocalDate, Long>>> behind) {
        List<Counts> counts = new ArrayList<>();
        for (Request r : requests) {
            Integer id = ids.get(r.shape.key());
            Map<Integer, TreeMap<LocalDate, Long>> months = behind.get(new Window(r.shape.basis(), r.query.period()));
            // No entry: the shape was registered after the read, so the facts are counted for it.
            counts.add(facts.finish(r, cells(r, id, id == null ? null : months.get(id))));
        }
        return counts;
    }

    /**
     * Refreshes the months whose summary of this shape is not at their current version: of the period,
     * or of all time. Returns how many months were written.
     */
    int refresh(Shape shape, @Nullable Period period) {
        return attempt("refreshed", () -> {
            int id = id(shape);
            Integer written = refreshing.execute(status -> {
                if (lock(List.of(id)).isEmpty()) {
                    return 0;
                }
                // Read again under the shape's lock: another node may have just refreshed these months.
                TreeMap<LocalDate, Long> stale = behind(id, shape.basis(), period);
                if (stale.isEmpty()) {
                    return 0;
                }
                if (stale.size() <= FEW_MONTHS) {
                    return write(id, shape, shape.summarySql("IN (" + marks(stale.size()) + ")"),
                            dates(stale.keySet()), stale);
                }
                // More months: the database reads the whole table either way, so every month of this shape
                // that is behind, in any period, is counted in the same pass.
                if (period != null) {
                    stale = behind(id, shape.basis(), null);
                }
                return write(id, shape, shape.summarySql("BETWEEN ? AND ?"), List.of(Date.valueOf(stale.firstKey()),
                        Date.valueOf(stale.lastKey())), stale);
            });
            return written == null ? 0 : written;
        }, 0);
    }

    /** Runs a refresh of the summaries that gives nothing back, as below. */
    private void attempt(String step, Runnable work) {
        attempt(step, () -> {
            work.run();
            return true;
        }, false);
    }

    /**
     * Runs a check or a refresh of the summaries. One that fails only costs time: the failure is counted
     * and logged, the tables are counted from the fact rows instead, and {@code otherwise} is returned.
     */
    private <T> T attempt(String step, Supplier<T> work, T otherwise) {
        try {
            return work.get();
        } catch (DataAccessException e) {
            failures.incrementAndGet();
            log.warn("Statistics summaries not {} ({}); the fact rows are counted instead", step, e.getMessage());
            return otherwise;
        }
    }

    /** Takes the shapes' rows, in the order of their ids (so that two refreshes never wait on each other in a circle). */
    private List<Integer> lock(Collection<Integer> shapeIds) {
        List<Integer> locked = jdbc.queryForList("SELECT id FROM stat_summary_shape WHERE id IN ("
                + marks(shapeIds.size()) + ") ORDER BY id FOR UPDATE", Integer.class, shapeIds.toArray());
        // A shape row removed (by hand) is registered again on next use.
        ids.values().removeIf(id -> shapeIds.contains(id) && !locked.contains(id));
        return locked;
    }

    /**
     * Counts the shape by month (the summary SQL and its month arguments), and saves the summary of the
     * months that are behind, at the versions read before the facts. Returns how many months were written.
     */
    private int write(int id, Shape shape, String sql, List<Object> monthArgs, TreeMap<LocalDate, Long> behind) {
        List<Object[]> rows = new ArrayList<>();
        Map<LocalDate, Integer> seq = new HashMap<>();
        List<Shape.Cell> cells = new ArrayList<>();
        jdbc.query(sql, rs -> {
            LocalDate month = rs.getDate(1).toLocalDate();
            if (!behind.containsKey(month)) {
                return;
            }
            String region = rs.getString(2);
            cells.clear();
            shape.cells(rs, 3, cells);
            for (Shape.Cell cell : cells) {
                rows.add(new Object[] {id, Date.valueOf(month), seq.merge(month, 1, Integer::sum), region, cell.row(),
                        cell.column(), cell.count()});
            }
        }, monthArgs.toArray());
        List<LocalDate> written = new ArrayList<>(behind.keySet());
        for (int from = 0; from < written.size(); from += 100) {
            List<LocalDate> chunk = written.subList(from, Math.min(written.size(), from + 100));
            List<Object> args = new ArrayList<>();
            args.add(id);
            args.addAll(dates(chunk));
            jdbc.update("DELETE FROM stat_summary WHERE shape_id = ? AND month IN (" + marks(chunk.size()) + ")",
                    args.toArray());
        }
        jdbc.batchUpdate("INSERT INTO stat_summary (shape_id, month, seq, region, row_value, col_value, n)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.batchUpdate("INSERT INTO stat_summary_state (shape_id, month, version) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE version = VALUES(version)",
                written.stream().map(m -> new Object[] {id, Date.valueOf(m), behind.get(m)}).toList());
        return written.size();
    }

    /**
     * The request's cells: summaries of the months at their version, the fact rows of the months behind
     * (all months, when the shape has no summary yet).
     */
    private List<Shape.Cell> cells(Request r, @Nullable Integer id, @Nullable TreeMap<LocalDate, Long> behind) {
        Period p = r.query.period();
        if (id == null || behind == null) {
            return facts.cells(r.shape, "BETWEEN ? AND ?", List.of(Date.valueOf(p.firstDay()),
                    Date.valueOf(p.lastMonthStart())), r.query.region());
        }
        List<Object> args = new ArrayList<>(List.of(id, Date.valueOf(p.firstDay()), Date.valueOf(p.lastMonthStart())));
        String sql = "SELECT row_value, col_value, SUM(n) FROM stat_summary WHERE shape_id = ? AND month BETWEEN ? AND ?";
        if (!behind.isEmpty()) {
            sql += " AND month NOT IN (" + marks(behind.size()) + ")";
            args.addAll(dates(behind.keySet()));
        }
        if (r.query.region() != null) {
            sql += " AND region = ?";
            args.add(r.query.region());
        }
        List<Shape.Cell> cells = new ArrayList<>();
        jdbc.query(sql + " GROUP BY row_value, col_value", rs -> {
            cells.add(new Shape.Cell(rs.getString(1), rs.getString(2), rs.getLong(3)));
        }, args.toArray());
        if (!behind.isEmpty()) {
            cells.addAll(facts.cells(r.shape, "IN (" + marks(behind.size()) + ")", dates(behind.keySet()),
                    r.query.region()));
        }
        return cells;
    }

    /**
     * For each of the shapes, the months of the basis whose summary is missing or behind, with their
     * current versions: the months of the period, or of all time when there is no period. Every shape
     * asked for has an entry, empty when none of its months is behind.
     */
    private Map<Integer, TreeMap<LocalDate, Long>> behind(Basis basis, @Nullable Period period,
                                                          Collection<Integer> shapeIds) {
        Map<Integer, TreeMap<LocalDate, Long>> behind = new HashMap<>();
        shapeIds.forEach(id -> behind.put(id, new TreeMap<>()));
        if (shapeIds.isEmpty()) {
            return behind;
        }
        List<Object> args = new ArrayList<>(shapeIds);
        args.add(basis.name());
        if (period != null) {
            args.add(Date.valueOf(period.firstDay()));
            args.add(Date.valueOf(period.lastMonthStart()));
        }
        // The ids as a derived table, not the shape table: a month is behind whatever the shape table holds.
        String idTable = String.join(" UNION ALL ", Collections.nCopies(shapeIds.size(), "SELECT ? AS id"));
        jdbc.query("SELECT sh.id, v.month, v.version FROM (" + idTable + ") sh JOIN stat_month_version v"
                + " LEFT JOIN stat_summary_state s ON s.shape_id = sh.id AND s.month = v.month"
                + " WHERE v.basis = ?" + (period == null ? "" : " AND v.month BETWEEN ? AND ?")
                + " AND (s.version IS NULL OR s.version <> v.version)", rs -> {
                    behind.get(rs.getInt(1)).put(rs.getDate(2).toLocalDate(), rs.getLong(3));
                }, args.toArray());
        return behind;
    }

    /** The months whose summary of this one shape is missing or behind, as above. */
    private TreeMap<LocalDate, Long> behind(int id, Basis basis, @Nullable Period period) {
        return behind(basis, period, List.of(id)).get(id);
    }

    /** The requests' distinct shapes by basis and period (the shapes are also remembered for the scheduled refresh). */
    private Map<Window, Set<Shape>> windows(List<Request> requests) {
        Map<Window, Set<Shape>> windows = new LinkedHashMap<>();
        for (Request r : requests) {
            seen.putIfAbsent(r.shape.key(), r.shape);
            windows.computeIfAbsent(new Window(r.shape.basis(), r.query.period()), w -> new LinkedHashSet<>())
                    .add(r.shape);
        }
        return windows;
    }

    /** How many checks or refreshes failed since start (their tables were counted from the facts). */
    long failures() {
        return failures.get();
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    private static List<Object> dates(Collection<LocalDate> months) {
        return months.stream().<Object>map(Date::valueOf).toList();
    }

    private int id(Shape shape) {
        Integer known = ids.get(shape.key());
        if (known != null) {
            return known;
        }
        Integer id = registering.execute(status -> {
            jdbc.update("INSERT IGNORE INTO stat_summary_shape (shape_key, basis, definition) VALUES (?, ?, ?)",
                    shape.key(), shape.basis().name(), shape.toString());
            return jdbc.queryForObject("SELECT id FROM stat_summary_shape WHERE shape_key = ?", Integer.class,
                    shape.key());
        });
        ids.put(shape.key(), id);
        return id;
    }
}
