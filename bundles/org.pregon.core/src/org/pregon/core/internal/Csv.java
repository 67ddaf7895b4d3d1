package org.pregon.core.internal;

import java.io.IOException;
import java.io.Writer;

/** RFC 4180 records, as the audit and archive exports write them (spreadsheets and records tools read them alike). */
public final class Csv {
    private Csv() {
    }

    /** One CSV record, CRLF-terminated; a field is quoted when it holds a comma, quote or line break. */
    public static void row(Writer writer, String[] fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(quote(fields[i]));
        }
        writer.write("\r\n"); //$NON-NLS-1$
    }

    /** The field as written: empty for null, quoted (quotes doubled) only when it needs to be. */
    public static String quote(String field) {
        if (field == null) {
            return ""; //$NON-NLS-1$
        }
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
