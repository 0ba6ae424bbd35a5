package org.ariadne.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ariadne.common.SpreadsheetSafe;

/** The HTCDS export as CSV: one line per record, each combination repeated as often as it occurs. */
final class HtcdsCsv {

    private HtcdsCsv() {
    }

    static byte[] write(HtcdsExport export) {
        var out = new ByteArrayOutputStream();
        try (var printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            printer.printRecord(export.columns());
            for (HtcdsExport.Combination c : export.classes()) {
                for (long i = 0; i < c.records(); i++) {
                    printer.printRecord(c.values().stream().map(SpreadsheetSafe::cell).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
