package io.capitalist4j.adapter.csv.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.capitalist4j.domain.account.CashInRequisites;
import io.capitalist4j.domain.money.Currency;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * get_cashin_requisites: {@code {"systems": {"epese": {"name": …, "RUR": …, "USD": …, "EUR": …}}}}, all
 * strings (reference §6.15, from a peer client's structure). Every key of a system besides {@code name} is
 * a currency code. No CSV form is known, so the operation is asked for JSON only.
 */
final class CashInRequisitesCodec {

    private CashInRequisitesCodec() {
    }

    static CashInRequisites fromJson(JsonNode data) {
        Json.requireObject(data, "data");
        Map<String, CashInRequisites.PaymentSystem> systems = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = Json.entries(data, "systems"); it.hasNext(); ) {
            Map.Entry<String, JsonNode> system = it.next();
            String label = "systems." + system.getKey();
            JsonNode fields = Json.requireObject(system.getValue(), label);
            Map<Currency, String> details = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> f = fields.fields(); f.hasNext(); ) {
                String key = f.next().getKey();
                if (!key.equals("name")) {
                    details.put(Currency.of(key), Json.textOrEmpty(fields, key));
                }
            }
            systems.put(system.getKey(),
                    new CashInRequisites.PaymentSystem(Json.textOrEmpty(fields, "name"), details));
        }
        return new CashInRequisites(systems);
    }
}
