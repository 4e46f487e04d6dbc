package io.capitalist4j.adapter.csv.wire;

/** The v1 operations this library speaks, by their {@code operation} parameter. */
public enum WireOperation {
    GET_TOKEN("get_token", false),
    IMPORT_BATCH_ADVANCED("import_batch_advanced", false),
    PROCESS_BATCH("process_batch", false),
    GET_BATCH_INFO("get_batch_info", false),
    DOCUMENTS_SEARCH("documents_search", false),
    GET_DOCUMENTS_HISTORY_EXT("get_documents_history_ext", true),
    GET_ACCOUNTS("get_accounts", false),
    IS_VERIFIED_ACCOUNT("is_verified_account", false),
    CURRENCY_RATES("currency_rates", false),
    GET_DOCUMENT_FEE("get_document_fee", false);

    private final String wireName;
    private final boolean jsonOnly;

    WireOperation(String wireName, boolean jsonOnly) {
        this.wireName = wireName;
        this.jsonOnly = jsonOnly;
    }

    public String wireName() {
        return wireName;
    }

    /** The server allows only JSON answers for this operation (get_documents_history_ext). */
    public boolean jsonOnly() {
        return jsonOnly;
    }
}
