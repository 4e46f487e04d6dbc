package io.capitalist4j.adapter.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A data source that counts the statements executed through it ({@code execute*} and {@code executeBatch} on every
 * {@link Statement} its connections create): a round trip each, however many rows a batch carries.
 */
final class CountingDataSource {

    final AtomicInteger executions = new AtomicInteger();
    final DataSource dataSource;

    CountingDataSource(DataSource target) {
        this.dataSource = proxy(DataSource.class, target, (t, method, args) -> {
            Object result = invoke(t, method, args);
            return result instanceof Connection c ? proxy(Connection.class, c, this::connection) : result;
        });
    }

    private Object connection(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        Object result = invoke(target, method, args);
        if (result instanceof Statement s) {
            Class<? extends Statement> type = s instanceof java.sql.PreparedStatement
                    ? java.sql.PreparedStatement.class : Statement.class;
            return proxy(type, s, (t, m, a) -> {
                if (m.getName().startsWith("execute")) {
                    executions.incrementAndGet();
                }
                return invoke(t, m, a);
            });
        }
        return result;
    }

    @FunctionalInterface
    private interface Handler {
        Object handle(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, Object target, Handler handler) {
        InvocationHandler h = (p, method, args) -> handler.handle(target, method, args);
        return type.cast(Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type}, h));
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
