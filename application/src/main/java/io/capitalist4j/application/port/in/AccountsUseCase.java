package io.capitalist4j.application.port.in;

import io.capitalist4j.domain.account.AccountsOverview;
import java.util.concurrent.CompletionStage;

/** Your own accounts with balances and blocked amounts (get_accounts). */
public interface AccountsUseCase {

    CompletionStage<AccountsOverview> accounts();
}
