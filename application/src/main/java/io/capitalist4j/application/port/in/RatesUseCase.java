package io.capitalist4j.application.port.in;

import io.capitalist4j.domain.rate.CurrencyRates;
import java.util.concurrent.CompletionStage;

/** Current buy and sell rates (currency_rates). */
public interface RatesUseCase {

    CompletionStage<CurrencyRates> rates();
}
