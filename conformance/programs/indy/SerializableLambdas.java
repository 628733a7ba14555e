// Serializable lambdas and method references: their SerializedLambda (writeReplace), a round
// trip through ObjectOutputStream/ObjectInputStream ($deserializeLambda$), captured values,
// intersection casts, and lambdas that are not serializable.
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.util.function.Function;
import java.util.function.Supplier;

public class SerializableLambdas {
    interface SerFunction<T, R> extends Function<T, R>, Serializable {}

    static String shout(String s) { return s.toUpperCase() + "!"; }

    static Object roundTrip(Object o) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }

    static SerializedLambda describe(Object lambda) throws Exception {
        Method writeReplace = lambda.getClass().getDeclaredMethod("writeReplace");
        writeReplace.setAccessible(true);
        return (SerializedLambda) writeReplace.invoke(lambda);
    }

    static void show(String what, Object lambda) throws Exception {
        SerializedLambda s = describe(lambda);
        System.out.println(what + ": " + s.getCapturingClass() + " " + s.getFunctionalInterfaceClass() + "." + s.getFunctionalInterfaceMethodName()
                + s.getFunctionalInterfaceMethodSignature() + " -> " + s.getImplClass() + "." + s.getImplMethodName() + s.getImplMethodSignature()
                + " kind " + s.getImplMethodKind() + " captured " + s.getCapturedArgCount() + " instantiated " + s.getInstantiatedMethodType());
    }

    public static void main(String[] args) throws Exception {
        String suffix = "-tail";
        SerFunction<String, String> capture = s -> s + suffix;
        SerFunction<String, String> reference = SerializableLambdas::shout;
        SerFunction<String, Integer> unbound = String::length;
        Supplier<String> intersection = (Supplier<String> & Serializable) () -> "from intersection";
        show("capture", capture);
        show("reference", reference);
        show("unbound", unbound);
        show("intersection", intersection);
        @SuppressWarnings("unchecked")
        Function<String, String> back = (Function<String, String>) roundTrip(capture);
        System.out.println("round trip capture " + back.apply("head") + " serializable " + (back instanceof Serializable));
        @SuppressWarnings("unchecked")
        Function<String, String> backRef = (Function<String, String>) roundTrip(reference);
        System.out.println("round trip reference " + backRef.apply("hey"));
        @SuppressWarnings("unchecked")
        Function<String, Integer> backUnbound = (Function<String, Integer>) roundTrip(unbound);
        System.out.println("round trip unbound " + backUnbound.apply("four"));
        @SuppressWarnings("unchecked")
        Supplier<String> backIntersection = (Supplier<String>) roundTrip(intersection);
        System.out.println("round trip intersection " + backIntersection.get());
        Runnable plain = () -> System.out.println("plain");
        System.out.println("plain serializable " + (plain instanceof Serializable));
        try {
            roundTrip(plain);
        } catch (NotSerializableException e) {
            System.out.println("NotSerializableException " + e.getMessage().replaceAll("0x[0-9a-f]+", "0x..."));
        }
    }
}
