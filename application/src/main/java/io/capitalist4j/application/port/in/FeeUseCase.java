package io.capitalist4j.application.port.in;

import io.capitalist4j.domain.fee.FeeQuery;
import io.capitalist4j.domain.fee.FeeQuote;
import java.util.concurrent.CompletionStage;

/** The fee a payment would cost before it is sent (get_document_fee). */
public interface FeeUseCase {

    CompletionStage<FeeQuote> fee(FeeQuery query);
}
