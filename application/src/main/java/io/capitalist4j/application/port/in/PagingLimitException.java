package io.capitalist4j.application.port.in;

/**
 * A page walk stopped before the page that would have taken it past the client's limit of records per walk
 * ({@code CapitalistClient.Builder#maxRecordsPerWalk}). The server is not wrong to hold that many, but a walk that
 * long is far more likely a server (or proxy) answering nonsense than a real batch or history, so the client
 * stops instead of paging on for hours. Everything before that page was already handed on. Raise the limit to
 * read further.
 */
public final class PagingLimitException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String operation;
    private final int page;
    private final long declared;
    private final long limit;

    /**
     * @param operation the paged operation, e.g. {@code get_batch_info}
     * @param subject   what was walked, e.g. {@code batch 1f0…}
     * @param page      the page that was not asked for, numbered as the operation numbers its pages
     * @param declared  the records (or entries) the server said there are
     * @param limit     the most records a walk reads
     */
    public PagingLimitException(String operation, String subject, int page, long declared, long limit) {
        super(operation + ": " + subject + " declares " + declared + " records; page " + page
                + " would pass the limit of " + limit + " records per walk, so it was not asked for");
        this.operation = operation;
        this.page = page;
        this.declared = declared;
        this.limit = limit;
    }

    public String operation() {
        return operation;
    }

    /** The page that was not asked for (get_batch_info counts pages from 0, history from 1). */
    public int page() {
        return page;
    }

    public long declared() {
        return declared;
    }

    public long limit() {
        return limit;
    }
}
