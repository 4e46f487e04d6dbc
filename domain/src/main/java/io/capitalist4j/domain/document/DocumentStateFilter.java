package io.capitalist4j.domain.document;

/** The {@code document_state} filter of get_documents_history_ext. */
public enum DocumentStateFilter {
    ANY("any"), INPROCESS("inprocess"), EXECUTED("executed"), DECLINED("declined");

    private final String wire;

    DocumentStateFilter(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static DocumentStateFilter ofWire(String wire) {
        for (DocumentStateFilter f : values()) {
            if (f.wire.equalsIgnoreCase(wire)) {
                return f;
            }
        }
        throw new IllegalArgumentException("document state must be any, inprocess, executed or declined: '" + wire + "'");
    }
}
