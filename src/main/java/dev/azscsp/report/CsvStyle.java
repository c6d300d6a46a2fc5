package dev.azscsp.report;

import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How a CSV file is written for whoever opens it.
 *
 * @param separator     between fields
 * @param byteOrderMark whether the file starts with UTF-8's mark, without which Excel reads it as the "ANSI" code page
 */
public record CsvStyle(char separator, boolean byteOrderMark) {
    /** Commas, no mark: for tools and scripts. */
    public static final CsvStyle PLAIN = new CsvStyle(',', false);

    /**
     * What Excel opens right with a double-click: UTF-8 with its mark, and the list separator of the locale, a
     * semicolon where the decimal separator is a comma (French, German...), else a comma.
     */
    public static CsvStyle excel(Locale locale) {
        return new CsvStyle(DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? ';' : ',', true);
    }
}
