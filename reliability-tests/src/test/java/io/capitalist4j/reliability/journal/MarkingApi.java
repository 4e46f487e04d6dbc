package io.capitalist4j.reliability.journal;

import io.capitalist4j.application.port.out.CapitalistApiPort;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletionStage;

/**
 * The remote operations of a real client, unchanged, except that an upload prints {@link Markers#UPLOAD_START}
 * just before it is handed to HTTP and {@link Markers#UPLOAD_ANSWERED} once its answer (or failure) is in.
 */
final class MarkingApi {

    private MarkingApi() {
    }

    static CapitalistApiPort around(CapitalistApiPort api) {
        return (CapitalistApiPort) Proxy.newProxyInstance(CapitalistApiPort.class.getClassLoader(),
                new Class<?>[] {CapitalistApiPort.class}, (proxy, method, args) -> {
                    boolean upload = method.getName().equals("importBatch");
                    if (upload) {
                        Markers.print(Markers.UPLOAD_START);
                    }
                    Object result;
                    try {
                        result = method.invoke(api, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (upload) {
                        return ((CompletionStage<?>) result).whenComplete((answer, failure) ->
                                Markers.print(Markers.UPLOAD_ANSWERED));
                    }
                    return result;
                });
    }
}
