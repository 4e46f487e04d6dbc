package io.capitalist4j.testkit;

import io.capitalist4j.domain.account.Account;
import io.capitalist4j.domain.money.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The operations of reference §6 beyond payouts and reports: accounts, notifications, registration, password
 * recovery, profile and the removed or undocumented ones. Each answer is the reference's example shape (see
 * docs/protocol-notes.md, "Other operations"); the codes the sandbox "e-mails" are {@link SandboxIdentity#SMS_CODE}.
 */
final class MoreOperations {

    static final List<String> OPERATIONS = List.of("create_account", "add_payment_notification",
            "get_cashin_requisites", "register_invitee", "password_recovery_generate_code", "password_recovery",
            "profile_get_verification_code", "profile_change_email", "registration_email_confirm", "gcash_data",
            "import_batch", "get_documents_history", "get_documents_history_test");

    /** Operations a caller reaches without a session: the account is found by its login or not at all. */
    private static final Set<String> WITHOUT_SESSION = Set.of("password_recovery_generate_code", "password_recovery",
            "profile_get_verification_code", "registration_email_confirm");

    private static final Map<String, Character> NEW_ACCOUNT_PREFIX = Map.of("RUR", 'R', "USD", 'U', "EUR", 'E');
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{7,15}");

    private final Engine engine;
    private final Set<String> invitees = new HashSet<>();

    MoreOperations(Engine engine) {
        this.engine = engine;
    }

    static boolean known(String operation) {
        return OPERATIONS.contains(operation);
    }

    Reply handle(String op, Map<String, String> params) {
        switch (op) {
            case "import_batch":
                throw new ApiFailure(151, "API method import_batch is deprecated. Please use import_batch_advanced instead.");
            case "get_documents_history":
            case "get_documents_history_test":
                throw new ApiFailure(151, "This operation is deprecated. Please use another one: get_documents_history_ext.");
            default:
                break;
        }
        if (WITHOUT_SESSION.contains(op)) {
            return withoutSession(op, params);
        }
        SandboxUser user = engine.authenticate(params.get("login"), new Logins.Credentials(
                WireOperations.text(params, "plain_password"), WireOperations.text(params, "token"),
                WireOperations.text(params, "encrypted_password")));
        switch (op) {
            case "create_account": return createAccount(user, params);
            case "add_payment_notification": return notification(params);
            case "get_cashin_requisites": return cashInRequisites();
            case "register_invitee": return registerInvitee(params);
            case "profile_change_email":
                require(params, "email", EMAIL, "an e-mail address");
                checkCode(params);
                return acknowledged();
            default: return Reply.ok(List.of(), List.of(List.of("0", ""))); // gcash_data: semantics unknown
        }
    }

    private Reply withoutSession(String op, Map<String, String> params) {
        switch (op) {
            case "password_recovery_generate_code":
                knownLogin(require(params, "identity", null, "a login"));
                return acknowledged();
            case "password_recovery":
                knownLogin(require(params, "login", null, "a login"));
                require(params, "encrypted_password", null, "the new password, encrypted");
                checkCode(params);
                return acknowledged();
            case "profile_get_verification_code":
                knownLogin(require(params, "login", null, "a login"));
                require(params, "reg_code", Pattern.compile("[12]"), "1 (activation) or 2 (e-mail change)");
                return acknowledged();
            default: // registration_email_confirm
                checkCode(params);
                return acknowledged();
        }
    }

    private Reply createAccount(SandboxUser user, Map<String, String> params) {
        String name = require(params, "account_name", null, "the account's name");
        String code = require(params, "account_currency", null, "RUR, USD or EUR");
        Account a = openAccount(engine, user, code, name);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("number", a.number().value());
        data.put("currency", a.currency().code());
        data.put("name", a.name());
        return Reply.ok(data, List.of(List.of("0", a.number().value(), code, ReplyWriter.quoted(a.name()))))
                .withLiteRows(List.of(List.of(0, a.number().value(), code, a.name())));
    }

    /** A new empty account of the user's, numbered from R/U/E0200001 up; 170 for a currency not offered. */
    static Account openAccount(Engine engine, SandboxUser user, String currencyCode, String name) {
        Character prefix = NEW_ACCOUNT_PREFIX.get(currencyCode);
        if (prefix == null) {
            throw new ApiFailure(170, "Error creating the wallet: currency " + currencyCode + " is not offered");
        }
        return engine.openAccount(user, prefix, Currency.of(currencyCode), name);
    }

    private static Reply notification(Map<String, String> params) {
        require(params, "document", DIGITS, "a document number");
        String channel = require(params, "channel", Pattern.compile("EMAIL|SMS"), "EMAIL or SMS");
        require(params, "address", channel.equals("EMAIL") ? EMAIL : PHONE,
                channel.equals("EMAIL") ? "an e-mail address" : "a phone number");
        require(params, "language", Pattern.compile("ru|en"), "ru or en");
        return Reply.ok(List.of(), List.of(List.of("0", "")));
    }

    private static Reply cashInRequisites() {
        Map<String, Object> epese = new LinkedHashMap<>();
        epese.put("name", "EPESE");
        epese.put("RUR", "R0000001");
        epese.put("USD", "U0000001");
        epese.put("EUR", "E0000001");
        return Reply.ok(Map.of("systems", Map.of("epese", epese)), List.of(List.of("0"))).onlyIn(
                io.capitalist4j.adapter.csv.ResponseFormat.JSON);
    }

    private synchronized Reply registerInvitee(Map<String, String> params) {
        String login = require(params, "invitee_login", Pattern.compile("[A-Za-z0-9_.-]{3,64}"), "a login");
        String email = require(params, "invitee_email", EMAIL, "an e-mail address");
        String nickname = require(params, "invitee_nickname", null, "a nickname");
        Optional.ofNullable(WireOperations.text(params, "invitee_mobile")).ifPresent(m -> {
            if (!PHONE.matcher(m).matches()) {
                throw ApiFailure.badParams("invitee_mobile must be a phone number");
            }
        });
        if (engine.user(login).isPresent() || !invitees.add(login)) {
            throw ApiFailure.badParams("invitee_login " + login + " is taken");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("username", login);
        data.put("email", email);
        data.put("nickname", nickname);
        return Reply.ok(data, List.of(List.of("0", login, email, nickname)));
    }

    /** {@code "message":"OK","data":[]}, CSV {@code 0;OK}, json-lite {@code [[0,"OK"]]} (§6.17). */
    private static Reply acknowledged() {
        return new Reply(0, "OK", List.of(), List.of(List.of("0", "OK")), Optional.of(List.of(List.of(0, "OK"))),
                Optional.empty());
    }

    private void knownLogin(String login) {
        if (engine.user(login).isEmpty()) {
            throw new ApiFailure(5, "User not found");
        }
    }

    private static void checkCode(Map<String, String> params) {
        String code = require(params, "code", null, "the code sent by e-mail");
        if (!code.equals(SandboxIdentity.SMS_CODE)) {
            throw new ApiFailure(198, "Invalid verification code");
        }
    }

    private static String require(Map<String, String> params, String name, Pattern format, String what) {
        String value = WireOperations.text(params, name);
        if (value == null || (format != null && !format.matcher(value).matches())) {
            throw ApiFailure.badParams(name + " must be " + what);
        }
        return value;
    }
}
