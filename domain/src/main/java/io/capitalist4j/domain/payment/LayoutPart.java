package io.capitalist4j.domain.payment;

import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The fields of a layout that fill one component of the order record: one field, or an amount with its
 * currency, or a month with its year. A part reads its fields into the component's value, writes the value
 * back as the same fields, and checks the value against its specs.
 */
abstract class LayoutPart {

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /** The index of the part's first field in the line. */
    final int field;
    /** The index of the record component the part fills, or -1 for an opcode the record does not hold. */
    final int component;
    private final MethodHandle accessor;

    LayoutPart(int field, RecordComponent component, int componentIndex) {
        this.field = field;
        this.component = component == null ? -1 : componentIndex;
        this.accessor = component == null ? null : accessor(component);
    }

    abstract Object read(List<String> fields, Opcode opcode, Currency impliedCurrency);

    abstract void write(PaymentOrder order, FieldSink sink);

    abstract void check(Object value, Opcode opcode, LineLayout<?> layout);

    /** The component's value: invoked through a handle typed (PaymentOrder)Object, so nothing is boxed. */
    final Object valueOf(PaymentOrder order) {
        try {
            return (Object) accessor.invokeExact(order);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static MethodHandle accessor(RecordComponent component) {
        try {
            return LOOKUP.unreflect(component.getAccessor())
                    .asType(MethodType.methodType(Object.class, PaymentOrder.class));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    static void expect(boolean condition, RecordComponent component, String what) {
        if (!condition) {
            throw new IllegalStateException(component.getDeclaringRecord().getSimpleName() + "'s component "
                    + component.getName() + " does not match its layout: " + what);
        }
    }

    /** Whether the component is an {@code Optional<valueType>}. */
    static boolean isOptionalOf(RecordComponent component, Class<?> valueType) {
        Type type = component.getGenericType();
        return type instanceof ParameterizedType && ((ParameterizedType) type).getRawType() == Optional.class
                && ((ParameterizedType) type).getActualTypeArguments()[0] == valueType;
    }

    /** The opcode: the record's {@code opcode} component, or the record's fixed {@link PaymentOrder#opcode()}. */
    static final class OpcodePart extends LayoutPart {

        private final FieldSpec spec;

        OpcodePart(FieldSpec spec, RecordComponent component) {
            super(0, component, 0);
            this.spec = spec;
        }

        @Override
        Object read(List<String> fields, Opcode opcode, Currency impliedCurrency) {
            return opcode;
        }

        @Override
        void write(PaymentOrder order, FieldSink sink) {
            sink.field(spec.name(), order.opcode().name());
        }

        @Override
        void check(Object value, Opcode opcode, LineLayout<?> layout) {
            if (value == null) {
                throw new InvalidFieldException(spec.name(), "is required");
            }
            if (opcode.layout().lineLayout() != layout) {
                throw new InvalidFieldException(spec.name(), "opcode " + opcode + " is not a " + layout.title() + " opcode");
            }
        }
    }

    /** A field that fills a component alone. */
    static final class Single extends LayoutPart {

        private final FieldSpec spec;
        private final boolean optional;

        Single(FieldSpec spec, int field, RecordComponent component, int componentIndex) {
            super(field, component, componentIndex);
            this.spec = spec;
            Class<?> type = spec.kind().valueType();
            this.optional = spec.presence() == FieldSpec.Presence.MAY_BE_OMITTED
                    || spec.presence() == FieldSpec.Presence.MAY_BE_EMPTY && type != String.class;
            expect(component.getName().equals(spec.name()), component, "the field is named " + spec.name());
            expect(optional ? isOptionalOf(component, type) : component.getType() == type, component,
                    "a " + spec.kind() + " field " + spec.presence() + " needs " + (optional ? "an Optional of " : "a ")
                            + type.getSimpleName());
        }

        @Override
        Object read(List<String> fields, Opcode opcode, Currency impliedCurrency) {
            if (field >= fields.size()) {
                return Optional.empty();
            }
            String text = fields.get(field);
            if (!optional) {
                return FieldCodec.read(spec, text);
            }
            if (text.isEmpty() && spec.presence() == FieldSpec.Presence.MAY_BE_EMPTY) {
                return Optional.empty();
            }
            return Optional.of(FieldCodec.read(spec, text));
        }

        @Override
        void write(PaymentOrder order, FieldSink sink) {
            Object value = valueOf(order);
            if (optional) {
                Optional<?> present = (Optional<?>) value;
                if (present.isEmpty()) {
                    if (spec.presence() == FieldSpec.Presence.MAY_BE_EMPTY) {
                        sink.field(spec.name(), "");
                    }
                    return;
                }
                value = present.get();
            }
            sink.field(spec.name(), FieldCodec.write(spec.kind(), value));
        }

        @Override
        void check(Object value, Opcode opcode, LineLayout<?> layout) {
            Rules.check(spec, value, opcode);
        }

        boolean omitted(Object value) {
            return spec.presence() == FieldSpec.Presence.MAY_BE_OMITTED && ((Optional<?>) value).isEmpty();
        }
    }

    /** An amount and the currency field after it; without one, the reader states the currency. */
    static final class MoneyPart extends LayoutPart {

        private final FieldSpec amount;
        private final FieldSpec currency;

        MoneyPart(FieldSpec amount, FieldSpec currency, int field, RecordComponent component, int componentIndex) {
            super(field, component, componentIndex);
            this.amount = amount;
            this.currency = currency;
            expect(component.getName().equals(amount.name()), component, "the amount is named " + amount.name());
            expect(component.getType() == Money.class, component, "an amount needs a Money");
        }

        @Override
        Object read(List<String> fields, Opcode opcode, Currency impliedCurrency) {
            Currency stated = currency == null ? impliedCurrency : (Currency) FieldCodec.read(currency, fields.get(field + 1));
            return FieldCodec.money(amount, fields.get(field), stated);
        }

        @Override
        void write(PaymentOrder order, FieldSink sink) {
            Money money = (Money) valueOf(order);
            sink.amount(amount.name(), money);
            if (currency != null) {
                sink.field(currency.name(), money.currency().code());
            }
        }

        @Override
        void check(Object value, Opcode opcode, LineLayout<?> layout) {
            Rules.checkAmount(amount, (Money) value, layout.title());
        }

        boolean carriesCurrency() {
            return currency != null;
        }
    }

    /** A month and the year field after it, filling a {@link YearMonth}. */
    static final class MonthYear extends LayoutPart {

        private final String name;
        private final FieldSpec month;
        private final FieldSpec year;

        MonthYear(FieldSpec month, FieldSpec year, int field, RecordComponent component, int componentIndex) {
            super(field, component, componentIndex);
            this.name = component.getName();
            this.month = month;
            this.year = year;
            expect(component.getType() == YearMonth.class, component, "a month and year need a YearMonth");
        }

        @Override
        Object read(List<String> fields, Opcode opcode, Currency impliedCurrency) {
            int m = FieldCodec.month(month, fields.get(field));
            int y = FieldCodec.year(year, fields.get(field + 1));
            return YearMonth.of(y, m);
        }

        @Override
        void write(PaymentOrder order, FieldSink sink) {
            YearMonth value = (YearMonth) valueOf(order);
            sink.field(month.name(), FieldCodec.month(value.getMonthValue()));
            sink.field(year.name(), Integer.toString(value.getYear()));
        }

        @Override
        void check(Object value, Opcode opcode, LineLayout<?> layout) {
            if (value == null) {
                throw new InvalidFieldException(name, "is required");
            }
            int y = ((YearMonth) value).getYear();
            if (y < 1000 || y > 9999) {
                throw new InvalidFieldException(year.name(), "must have four digits: " + y);
            }
        }
    }
}
