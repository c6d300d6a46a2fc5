package dev.azscsp.catalog;

/** A catalog file that cannot be used, naming the file, the code and the field at fault. */
public final class CatalogException extends RuntimeException {
    private final String file;
    private final String code;
    private final String field;

    public CatalogException(String file, String code, String field, String problem) {
        super(file + (code != null ? ", code " + code : "") + (field != null ? ", field '" + field + "'" : "")
                + ": " + problem);
        this.file = file;
        this.code = code;
        this.field = field;
    }

    public String file() { return file; }
    public String code() { return code; }
    public String field() { return field; }
}
