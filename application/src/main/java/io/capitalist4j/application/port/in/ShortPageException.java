package io.capitalist4j.application.port.in;

/**
 * A page walk stopped at a page that came back shorter than the server's own totals allow: empty (or, in the
 * history, short) while more records or pages were declared. Stopping quietly there would hand back a short batch
 * or history as if it were whole, so the walk fails here instead. Everything before that page was already handed on.
 */
public final class ShortPageException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String operation;
    private final int page;
    private final int received;
    private final long declared;

    /**
     * @param operation the paged operation, e.g. {@code get_batch_info}
     * @param subject   what was walked, e.g. {@code batch 1f0…}
     * @param page      the short page, numbered as the operation numbers its pages
     * @param received  the records (or entries) that page held
     * @param declared  what the server declared: records for a batch, pages for the history
     * @param detail    what the page should have held, in words
     */
    public ShortPageException(String operation, String subject, int page, int received, long declared, String detail) {
        super(operation + ": " + subject + " answered " + received + (received == 1 ? " record" : " records")
                + " on page " + page + " although " + detail);
        this.operation = operation;
        this.page = page;
        this.received = received;
        this.declared = declared;
    }

    public String operation() {
        return operation;
    }

    /** The short page (get_batch_info counts pages from 0, history from 1). */
    public int page() {
        return page;
    }

    public int received() {
        return received;
    }

    /** The records (get_batch_info) or pages (history) the server declared. */
    public long declared() {
        return declared;
    }
}
