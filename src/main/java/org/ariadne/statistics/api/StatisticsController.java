package org.ariadne.statistics.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ariadne.common.InvalidInputException;
import org.ariadne.statistics.Dashboard;
import org.ariadne.statistics.Dimension;
import org.ariadne.statistics.ExportFormat;
import org.ariadne.statistics.HtcdsExport;
import org.ariadne.statistics.IndicatorSet;
import org.ariadne.statistics.Period;
import org.ariadne.statistics.StatisticsQuery;
import org.ariadne.statistics.StatisticsService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anonymised statistics over HTTP: the same service and the same disclosure control as the
 * screens. A period is a year ({@code year=2025}) or whole months ({@code from=2025-01&to=2025-06}).
 */
@RestController
@RequestMapping("/api/v1/statistics")
@Tag(name = "statistics", description = "Anonymised statistics, the OSCE survey indicator set and the HTCDS export")
class StatisticsController {

    private final StatisticsService statistics;

    StatisticsController(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/indicators")
    @Operation(summary = "The national answer set of the OSCE survey for a period (CASE figures, JUR facts, review status)")
    IndicatorSet indicators(@RequestParam(required = false) @Nullable Integer year,
                            @RequestParam(required = false) @Nullable String from,
                            @RequestParam(required = false) @Nullable String to) {
        return statistics.indicators(period(year, from, to));
    }

    @GetMapping("/indicators/export")
    @Operation(summary = "The national answer set as CSV, XLSX or JSON (audited)")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable Integer year,
                                  @RequestParam(required = false) @Nullable String from,
                                  @RequestParam(required = false) @Nullable String to,
                                  @RequestParam(defaultValue = "CSV") ExportFormat format,
                                  @RequestParam(defaultValue = "en") String lang) {
        Period period = period(year, from, to);
        byte[] file = statistics.exportIndicators(period, format, Locale.forLanguageTag(lang));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"osce-answer-set-" + period.label() + "."
                        + format.extension() + "\"").body(file);
    }

    @GetMapping("/tables")
    @Operation(summary = "Two dimensions against each other (a pivot), with totals, after disclosure control")
    TableDto table(@RequestParam Dimension rows, @RequestParam Dimension columns,
                   @RequestParam(required = false) @Nullable Integer year,
                   @RequestParam(required = false) @Nullable String from,
                   @RequestParam(required = false) @Nullable String to,
                   @RequestParam(required = false) @Nullable String region) {
        return TableDto.of(statistics.pivot(new StatisticsQuery(period(year, from, to), region), rows, columns),
                statistics.note(Locale.ENGLISH));
    }

    @GetMapping("/dashboard")
    @Operation(summary = "Every table of the dashboard for a period, protected as one publication")
    Map<String, TableDto> dashboard(@RequestParam(required = false) @Nullable Integer year,
                                    @RequestParam(required = false) @Nullable String from,
                                    @RequestParam(required = false) @Nullable String to,
                                    @RequestParam(required = false) @Nullable String region) {
        Dashboard d = statistics.dashboard(new StatisticsQuery(period(year, from, to), region), null);
        String note = statistics.note(Locale.ENGLISH);
        Map<String, TableDto> tables = new LinkedHashMap<>();
        d.current().forEach((id, b) -> tables.put(id, TableDto.of(b, note)));
        return tables;
    }

    @GetMapping("/dimensions")
    @Operation(summary = "The dimensions tables can be broken down by")
    List<Dimension> dimensions() {
        return List.of(Dimension.values());
    }

    @GetMapping("/htcds")
    @Operation(summary = "Case-level anonymised export in HTCDS terms (k-anonymous; research consent only; audited)")
    HtcdsExport htcds(@RequestParam(required = false) @Nullable Integer year,
                      @RequestParam(required = false) @Nullable String from,
                      @RequestParam(required = false) @Nullable String to) {
        return statistics.htcds(period(year, from, to));
    }

    @GetMapping(value = "/htcds.csv", produces = "text/csv")
    @Operation(summary = "The HTCDS export as CSV, one line per record (audited)")
    ResponseEntity<byte[]> htcdsCsv(@RequestParam(required = false) @Nullable Integer year,
                                    @RequestParam(required = false) @Nullable String from,
                                    @RequestParam(required = false) @Nullable String to) {
        Period period = period(year, from, to);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"htcds-" + period.label() + ".csv\"")
                .body(statistics.htcdsCsv(period));
    }

    private static Period period(@Nullable Integer year, @Nullable String from, @Nullable String to) {
        if (year != null) {
            return Period.year(year);
        }
        if (from == null || to == null) {
            throw new InvalidInputException("period", "statistics.error.period-missing");
        }
        try {
            return new Period(YearMonth.parse(from), YearMonth.parse(to));
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("period", "statistics.error.period-format");
        }
    }
}
