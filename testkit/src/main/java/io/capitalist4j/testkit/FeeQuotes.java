package io.capitalist4j.testkit;

import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.fee.DocumentType;
import io.capitalist4j.domain.fee.FeeQuote;
import io.capitalist4j.domain.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** get_document_fee (§6.5): the parameters checked in the order of the 190–200 codes, then the fee policy. */
final class FeeQuotes {

    private final SandboxConfig config;
    private final Ledger ledger;

    FeeQuotes(SandboxConfig config, Ledger ledger) {
        this.config = config;
        this.ledger = ledger;
    }

    FeeQuote fee(SandboxUser user, String documentType, String sourceAccount, String amount, String destAccount,
                 String wireTag, String usdtNetwork) {
        if (documentType == null || documentType.isBlank()) {
            throw ApiFailure.badParams("document_type is required");
        }
        DocumentType type = DocumentType.find(documentType.trim())
                .orElseThrow(() -> new ApiFailure(190, "Unknown document type"));
        AccountState source = existing(sourceAccount, "source_account");
        if (!source.owner.equals(user.login())) {
            throw new ApiFailure(195, "You should be the owner of the debit account");
        }
        BigDecimal value = decimal(amount);
        if (value.signum() <= 0) {
            throw new ApiFailure(196, "Transfer amount should be greater than zero");
        }
        Money money;
        try {
            money = Money.of(value, source.currency);
        } catch (IllegalArgumentException e) {
            throw ApiFailure.badParams("amount has more decimals than " + source.currency + " allows");
        }
        if (type.needsDestination()) {
            if (destAccount == null || destAccount.isBlank()) {
                throw new ApiFailure(193, "Recipient not specified");
            }
            AccountState dest = existing(destAccount, "dest_account");
            if (type == DocumentType.CONVERSION && !dest.owner.equals(user.login())) {
                throw new ApiFailure(194, "You should be the owner of the beneficiary account");
            }
        }
        if (type == DocumentType.WIRE && wireTag != null && !wireTag.isBlank()
                && !List.of("OUR", "SHA", "BEN").contains(wireTag.trim().toUpperCase(Locale.ROOT))) {
            throw new ApiFailure(192, "Unknown payment urgency (wire)");
        }
        if (type == DocumentType.USDT && usdtNetwork != null && !usdtNetwork.isBlank()
                && !List.of("ethereum", "tron").contains(usdtNetwork.trim().toLowerCase(Locale.ROOT))) {
            throw new ApiFailure(191, "Unknown service provider code");
        }
        Money fee = config.feePolicy().fee(type.name(), money);
        return new FeeQuote(fee.amount(), source.currency.code(), money.amount());
    }

    private static BigDecimal decimal(String amount) {
        try {
            return Money.parseDecimal(amount == null ? "" : amount.trim());
        } catch (IllegalArgumentException e) {
            throw ApiFailure.badParams("amount must be digits with '.' as decimal separator");
        }
    }

    private AccountState existing(String number, String param) {
        if (number == null || number.isBlank()) {
            throw ApiFailure.badParams(param + " is required");
        }
        String trimmed = number.trim();
        if (!AccountNumber.isValid(trimmed)) {
            throw ApiFailure.badParams(param + " is not an account number");
        }
        return ledger.find(trimmed).orElseThrow(() -> new ApiFailure(200, "Account does not exist"));
    }
}
