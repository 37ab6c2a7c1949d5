package io.trunkline.aircall.internal.wire;

/** The {@code order} query parameter of Aircall list endpoints: by creation time. */
public enum SortOrder {
    /** Oldest first (Aircall's default). */
    ASC,
    /** Newest first. */
    DESC;

    /** @return the query value, {@code asc} or {@code desc} */
    public String queryValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
