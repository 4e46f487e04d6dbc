package io.capitalist4j.application.port.in;

import io.capitalist4j.domain.account.AccountNumber;
import java.util.concurrent.CompletionStage;

/** Whether the holder of a Capitalist account is a verified user (is_verified_account). */
public interface VerifiedAccountUseCase {

    CompletionStage<Boolean> isVerified(AccountNumber account);
}
