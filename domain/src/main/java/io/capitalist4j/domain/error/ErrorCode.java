package io.capitalist4j.domain.error;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every code of the published v1 error table, plus the codes observed outside it (4 from the live server of
 * 2026, 113 in the wild), with its meaning, category and whether repeating the same call later can help.
 * Other codes are kept as {@link ApiError} with an empty {@link ApiError#known()}.
 */
public enum ErrorCode {
    OK(0, "Operation was successful", ErrorCategory.NONE, false),
    SYSTEM_ERROR(1, "System error", ErrorCategory.SYSTEM, true),
    RUNTIME_ERROR(2, "Run-time error (the error text should be analysed)", ErrorCategory.SYSTEM, false),
    /**
     * Not in the published table: the live server of 2026 refuses any answer format but JSON (reference §14).
     * A refusal of the request as sent; asking again in another format cannot help.
     */
    ONLY_JSON_AVAILABLE(4, "Only JSON answers are available", ErrorCategory.REQUEST_REJECTED, false),
    USER_NOT_FOUND(5, "User not found (wrong username passed)", ErrorCategory.AUTHENTICATION, false),
    PASSWORD_DECRYPTION_FAILED(10, "Error attempting to decrypt the password", ErrorCategory.AUTHENTICATION, false),
    INVALID_PASSWORD(15, "Invalid password", ErrorCategory.AUTHENTICATION, false),
    LOGIN_ATTEMPTS_EXCEEDED(16, "The number of login attempts exceeded; try again 30 minutes later",
            ErrorCategory.AUTHENTICATION, true),
    INVALID_TOKEN(20, "Invalid authentication token", ErrorCategory.AUTHENTICATION, true),
    PAGING_REQUIRED(25, "Information queries on batches with over 1,000 entries are forbidden without page-by-page breakdown",
            ErrorCategory.REQUEST_REJECTED, false),
    SIGNATURE_INVALID(110, "Signature verification error", ErrorCategory.VERIFICATION, false),
    INVALID_CHARACTERS(111, "The transfer data contains invalid characters", ErrorCategory.BATCH_FORMAT, false),
    TOO_MANY_RECORDS(112, "Exceeded number of records in a single batch payment", ErrorCategory.BATCH_FORMAT, false),
    /**
     * Not in the published table: observed as {@code {"code":113,"message":"bad words","data":[]}} from
     * import_batch_advanced (reference §9). The server refused the content of the request (its words).
     */
    CONTENT_REFUSED(113, "The content was refused (observed with the message \"bad words\")",
            ErrorCategory.BATCH_FORMAT, false),
    UNPARSEABLE_BATCH(125, "Uploaded file cannot be parsed", ErrorCategory.BATCH_FORMAT, false),
    ACCOUNT_NOT_FOUND(130, "Account not found", ErrorCategory.FUNDS, false),
    SOURCE_ACCOUNT_REQUIRED(131, "At least one source account required", ErrorCategory.FUNDS, false),
    SOURCE_ACCOUNT_REQUIRED_2(132, "At least one source account required", ErrorCategory.FUNDS, false),
    INSUFFICIENT_FUNDS(135, "Insufficient funds for operations", ErrorCategory.FUNDS, false),
    NOT_POST(150, "A non-POST query received", ErrorCategory.REQUEST_REJECTED, false),
    UNKNOWN_OPERATION(151, "Unknown operation", ErrorCategory.REQUEST_REJECTED, false),
    API_UNAVAILABLE(152, "API unavailable for the user", ErrorCategory.AUTHENTICATION, false),
    WALLET_CREATION_FAILED(170, "Error creating the wallet", ErrorCategory.SYSTEM, false),
    UNKNOWN_CONFIRMATION_METHOD(180, "Unknown confirmation method", ErrorCategory.VERIFICATION, false),
    VERIFICATION_METHOD_INACTIVE(181, "The chosen verification method is inactive", ErrorCategory.VERIFICATION, false),
    SIGNATURE_MISSING(182, "Digital signature missing", ErrorCategory.VERIFICATION, false),
    ZERO_AMOUNT(185, "Error importing a batch payment: the payment amount is equal to zero",
            ErrorCategory.BATCH_FORMAT, false),
    IMPORT_FAILED(186, "Error importing a batch payment; contact support for details", ErrorCategory.SYSTEM, false),
    PAYMENT_TYPE_UNAVAILABLE(187, "Error importing a mass payment due to temporary unavailability of one of the types of payments",
            ErrorCategory.SYSTEM, true),
    SINGLE_RECORD_DECLINED(188, "Error importing a single-record mass payment; the text gives the reason",
            ErrorCategory.BATCH_FORMAT, false),
    UNKNOWN_DOCUMENT_TYPE(190, "Unknown document type", ErrorCategory.FEE, false),
    UNKNOWN_PROVIDER(191, "Unknown service provider code", ErrorCategory.FEE, false),
    UNKNOWN_URGENCY(192, "Unknown payment urgency (wire)", ErrorCategory.FEE, false),
    RECIPIENT_MISSING(193, "Recipient not specified", ErrorCategory.FEE, false),
    NOT_BENEFICIARY_OWNER(194, "You should be the owner of the beneficiary account", ErrorCategory.FEE, false),
    NOT_DEBIT_OWNER(195, "You should be the owner of the debit account", ErrorCategory.FEE, false),
    AMOUNT_NOT_POSITIVE(196, "Transfer amount should be greater than zero", ErrorCategory.FEE, false),
    CONFIRMATION_CODE_NOT_SENT(197, "Failure sending confirmation code", ErrorCategory.VERIFICATION, true),
    INVALID_VERIFICATION_CODE(198, "Invalid verification code", ErrorCategory.VERIFICATION, false),
    ACCOUNT_DOES_NOT_EXIST(200, "Account does not exist", ErrorCategory.FEE, false),
    WRONG_REQUEST_PARAMS(202, "Wrong request params", ErrorCategory.REQUEST_REJECTED, false);

    private final int code;
    private final String meaning;
    private final ErrorCategory category;
    private final boolean retryable;

    ErrorCode(int code, String meaning, ErrorCategory category, boolean retryable) {
        this.code = code;
        this.meaning = meaning;
        this.category = category;
        this.retryable = retryable;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    public ErrorCategory category() {
        return category;
    }

    /** Whether the same call may succeed later without changing it (after waiting or a new token). */
    public boolean retryable() {
        return retryable;
    }

    /**
     * Whether an upload (import_batch_advanced) answered with this code may all the same have created the batch,
     * so that its outcome is unknown rather than refused. True for the codes that report a failure inside the
     * server, which may come after the batch was stored: 1 (system error), 2 (run-time error), 170 (error creating
     * the wallet), 186 (error importing, contact support), and 197 (the confirmation code could not be sent: the
     * batch exists and waits for it). Every other code of the table is a check made before anything is stored
     * (login, verification, batch text, accounts and funds, request shape) or names the refused record (185, 187,
     * 188): a refusal. docs/protocol-notes.md lists the classification of every code.
     */
    public boolean uploadMayHaveCreatedBatch() {
        switch (this) {
            case SYSTEM_ERROR:
            case RUNTIME_ERROR:
            case WALLET_CREATION_FAILED:
            case IMPORT_FAILED:
            case CONFIRMATION_CODE_NOT_SENT:
                return true;
            default:
                return false;
        }
    }

    public static Optional<ErrorCode> of(int code) {
        return Arrays.stream(values()).filter(c -> c.code == code).findFirst();
    }
}
