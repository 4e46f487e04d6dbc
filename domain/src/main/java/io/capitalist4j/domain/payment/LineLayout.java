package io.capitalist4j.domain.payment;

import io.capitalist4j.domain.money.Currency;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The layout of a batch line for the opcodes of one order record: its fields in wire order, each described by
 * a {@link FieldSpec}. It is the one description of the layout: the record is written from it
 * ({@link PaymentOrder#forEachField}), read from it ({@link PaymentOrders#fromFields}) and checked by it (in
 * the record's constructor), and a parser names the fields of a broken line from it.
 *
 * <p>The fields fill the record's components in order: an amount with the currency after it fills a
 * {@code Money}, a month with the year after it a {@code YearMonth}, any other field the component of its own
 * name; the opcode fills a component only when the record's first component is {@code Opcode opcode} (records
 * for one opcode return it from {@code opcode()}). Building the layout fails at once when the record's
 * components do not match.
 *
 * @param <R> the order record
 */
public final class LineLayout<R extends PaymentOrder> {

    private final Class<R> type;
    private final String title;
    private final List<FieldSpec> fields;
    private final List<String> names;
    private final LayoutPart[] parts;
    private final int components;
    private final boolean opcodeComponent;
    private final int omissible;
    private final boolean carriesCurrency;
    private final MethodHandle constructor;

    private LineLayout(Class<R> type, String title, List<FieldSpec> fields) {
        this.type = type;
        this.title = title;
        this.fields = fields;
        this.names = fields.stream().map(FieldSpec::name).toList();
        RecordComponent[] recordComponents = Objects.requireNonNull(type.getRecordComponents(), type + " is not a record");
        this.components = recordComponents.length;
        this.opcodeComponent = components > 0 && recordComponents[0].getName().equals("opcode");
        LayoutPart.expect(!opcodeComponent || recordComponents[0].getType() == Opcode.class, recordComponents[0],
                "the opcode needs an Opcode");
        this.parts = bind(recordComponents);
        this.omissible = (int) fields.stream().filter(f -> f.presence() == FieldSpec.Presence.MAY_BE_OMITTED).count();
        this.carriesCurrency = Arrays.stream(parts)
                .anyMatch(p -> p instanceof LayoutPart.MoneyPart && ((LayoutPart.MoneyPart) p).carriesCurrency());
        this.constructor = constructor(type, recordComponents);
        checkShape();
    }

    /**
     * The layout of {@code type}'s lines.
     *
     * @param title how messages call the layout's opcodes, e.g. "six-field card" or "SBP"
     */
    public static <R extends PaymentOrder> LineLayout<R> of(Class<R> type, String title, FieldSpec... fields) {
        return new LineLayout<>(type, title, List.of(fields));
    }

    public Class<R> recordType() {
        return type;
    }

    public String title() {
        return title;
    }

    /** The fields in wire order, the opcode first. */
    public List<FieldSpec> fields() {
        return fields;
    }

    public List<String> names() {
        return names;
    }

    /** The field of this name. */
    public FieldSpec field(String name) {
        int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no field " + name);
        }
        return fields.get(index);
    }

    /** The name of the field at a 0-based index, or {@code "field n"} (1-based) past the layout's end. */
    public String nameAt(int index) {
        return index < names.size() ? names.get(index) : "field " + (index + 1);
    }

    /**
     * The name of the field at a 0-based index of a raw line: by the layout of its opcode when the opcode is
     * known, else by position ({@code "field 3"}), which is all that can be said about it.
     */
    public static String nameAt(Optional<Opcode> opcode, int index) {
        if (index == 0) {
            return "opcode";
        }
        return opcode.isPresent() ? opcode.get().lineLayout().nameAt(index) : "field " + (index + 1);
    }

    /** The number of fields a line takes: {@code "6"}, or {@code "6 or 8"} when fields may be left off. */
    public String expectedFieldCount() {
        return omissible == 0 ? Integer.toString(fields.size())
                : (fields.size() - omissible) + " or " + fields.size();
    }

    /** Whether the line states the amount's currency; when it does not, the reader of a batch must. */
    public boolean carriesCurrency() {
        return carriesCurrency;
    }

    /** Passes every field of {@code order} to {@code sink} in wire order. */
    void write(PaymentOrder order, FieldSink sink) {
        for (LayoutPart part : parts) {
            part.write(order, sink);
        }
    }

    /**
     * The order of a line split on {@code ;} whose first field is {@code opcode}.
     *
     * @param impliedCurrency the amount's currency when the layout has no currency field
     */
    R read(Opcode opcode, List<String> line, Currency impliedCurrency) {
        if (omissible > 0 && line.size() == fields.size() && trailingEmpty(line)) {
            // Peers write the fields that may be left off as empty ones (WM's ";;"): the same as leaving them off.
            line = line.subList(0, fields.size() - omissible);
        }
        int count = line.size();
        if (count != fields.size() && (omissible == 0 || count != fields.size() - omissible)) {
            throw new InvalidFieldException("line", opcode + " takes " + expectedFieldCount() + " fields, found " + count);
        }
        Object[] values = new Object[components];
        for (LayoutPart part : parts) {
            if (part.component >= 0) {
                values[part.component] = part.read(line, opcode, impliedCurrency);
            }
        }
        try {
            return type.cast((Object) constructor.invokeExact(values));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks the components of a record of this layout, given in their declared order: the record's compact
     * constructor passes them all. Fails with an {@link InvalidFieldException} naming the first bad field.
     */
    void check(Object... values) {
        if (values.length != components) {
            throw new IllegalStateException(type.getSimpleName() + " checks " + values.length + " of its "
                    + components + " components");
        }
        Opcode opcode = opcodeComponent ? (Opcode) values[0] : null;
        int omitted = 0;
        for (LayoutPart part : parts) {
            if (part.component < 0) {
                continue;
            }
            Object value = values[part.component];
            part.check(value, opcode, this);
            if (part instanceof LayoutPart.Single && ((LayoutPart.Single) part).omitted(value)) {
                omitted++;
            }
        }
        if (omitted != 0 && omitted != omissible) {
            List<String> group = names.subList(names.size() - omissible, names.size());
            throw new InvalidFieldException(group.get(group.size() - 1), String.join(" and ", group)
                    + (omissible == 2 ? " go together: give both or neither" : " go together: give all or none"));
        }
    }

    private boolean trailingEmpty(List<String> line) {
        for (int i = fields.size() - omissible; i < fields.size(); i++) {
            if (!line.get(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private LayoutPart[] bind(RecordComponent[] recordComponents) {
        List<LayoutPart> bound = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < fields.size(); i++) {
            FieldSpec spec = fields.get(i);
            FieldKind kind = spec.kind();
            if (kind == FieldKind.OPCODE) {
                requireShape(i == 0, "the opcode comes first and only there");
                bound.add(new LayoutPart.OpcodePart(spec, opcodeComponent ? recordComponents[next++] : null));
                continue;
            }
            requireShape(next < recordComponents.length, "more fields than " + type.getSimpleName() + " has components");
            RecordComponent component = recordComponents[next];
            if (kind == FieldKind.AMOUNT) {
                FieldSpec currency = i + 1 < fields.size() && fields.get(i + 1).kind() == FieldKind.CURRENCY
                        ? fields.get(i + 1) : null;
                bound.add(new LayoutPart.MoneyPart(spec, currency, i, component, next));
                i += currency == null ? 0 : 1;
            } else if (kind == FieldKind.MONTH) {
                requireShape(i + 1 < fields.size() && fields.get(i + 1).kind() == FieldKind.YEAR, "a year follows a month");
                bound.add(new LayoutPart.MonthYear(spec, fields.get(i + 1), i, component, next));
                i++;
            } else {
                requireShape(kind.valueType() != null, "a " + kind + " field follows its amount or month");
                bound.add(new LayoutPart.Single(spec, i, component, next));
            }
            next++;
        }
        requireShape(next == recordComponents.length, type.getSimpleName() + " has components no field fills");
        return bound.toArray(LayoutPart[]::new);
    }

    private void checkShape() {
        requireShape(!fields.isEmpty() && fields.get(0).kind() == FieldKind.OPCODE, "the opcode comes first");
        requireShape(new HashSet<>(names).size() == names.size(), "field names are unique");
        for (int i = 0; i < fields.size(); i++) {
            boolean omissibleHere = fields.get(i).presence() == FieldSpec.Presence.MAY_BE_OMITTED;
            requireShape(omissibleHere == i >= fields.size() - omissible, "fields that may be left off close the line");
            requireShape(opcodeComponent || fields.get(i).requiredFor().isEmpty(),
                    "a field required per opcode needs the opcode in the record");
        }
    }

    private void requireShape(boolean condition, String rule) {
        if (!condition) {
            throw new IllegalStateException("the layout of " + type.getSimpleName() + " breaks a rule: " + rule);
        }
    }

    private static MethodHandle constructor(Class<?> type, RecordComponent[] recordComponents) {
        Class<?>[] types = Arrays.stream(recordComponents).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return MethodHandles.lookup().findConstructor(type, MethodType.methodType(void.class, types))
                    .asType(MethodType.methodType(Object.class, types))
                    .asSpreader(Object[].class, types.length);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName() + " from its components", e);
        }
    }

    @Override
    public String toString() {
        return "LineLayout[" + type.getSimpleName() + ": " + String.join(";", names) + "]";
    }
}
