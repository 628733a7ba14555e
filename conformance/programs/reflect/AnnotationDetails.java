// waits: #4 invokedynamic (lambdas in the class library)
// Annotations at run time in detail: every element type with defaults, nested annotations,
// arrays, enums and classes; toString, equals and hashCode of annotation instances;
// @Inherited, repeatable annotations and their containers; annotations on constructors,
// parameters, record components, enum constants and annotation members; type annotations.
import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

public class AnnotationDetails {
    enum Mode { FAST, SAFE }

    @Retention(RetentionPolicy.RUNTIME)
    @interface Inner { String value() default "inner"; }

    // Element names are chosen so that no two share a bucket of the annotation's member map:
    // within a bucket toString follows getDeclaredMethods' order, which in HotSpot follows the
    // addresses of the name symbols.
    @Retention(RetentionPolicy.RUNTIME)
    @interface All {
        byte b() default 1;
        char c() default 'c';
        short s() default 2;
        int i() default 3;
        long lg() default 4L;
        float f() default 5.5f;
        double d() default 6.25;
        boolean z() default true;
        String str() default "text";
        Class<?> type() default Object.class;
        Mode mode() default Mode.SAFE;
        Inner inner() default @Inner;
        int[] ints() default {1, 2};
        String[] strs() default {};
        Class<?>[] types() default {int.class, String[].class};
        Mode[] modes() default {Mode.FAST};
        Inner[] inners() default {@Inner("a"), @Inner("b")};
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Inherited
    @interface Marker {}

    @Retention(RetentionPolicy.RUNTIME)
    @Repeatable(Tags.class)
    @interface Tag { String value(); }

    @Retention(RetentionPolicy.RUNTIME)
    @interface Tags { Tag[] value(); }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE_USE, ElementType.TYPE_PARAMETER})
    @interface NonNull {}

    @All(b = -1, c = 'x', s = -2, i = Integer.MIN_VALUE, lg = Long.MAX_VALUE, f = Float.NaN, d = -0.0, z = false, str = "q\"uote", type = Mode.class,
         mode = Mode.FAST, inner = @Inner("set"), ints = {}, strs = {"a", "b"}, types = {void.class}, modes = {Mode.SAFE, Mode.FAST}, inners = {})
    @Marker
    @Tag("one") @Tag("two")
    static class Base {
        @Tag("field") @NonNull String field;
        @All Base(@Inner("p0") int a, @Tag("p1") @Tag("p1b") String b) {}
        @NonNull String typed(java.util.List<@NonNull String> list) { return null; }
    }

    static class Child extends Base {
        Child() { super(0, ""); }
    }

    record Rec(@Inner("component") int value) {}

    enum Choice { @Inner("constant") A, B }

    static String names(Annotation[] as) {
        String[] out = new String[as.length];
        for (int k = 0; k < as.length; k++) out[k] = as[k].annotationType().getSimpleName();
        Arrays.sort(out);
        return Arrays.toString(out);
    }

    public static void main(String[] args) throws Exception {
        All set = Base.class.getAnnotation(All.class);
        All defaults = Base.class.getDeclaredConstructor(int.class, String.class).getAnnotation(All.class);
        for (All a : new All[] {set, defaults}) {
            System.out.println(a.b() + " " + a.c() + " " + a.s() + " " + a.i() + " " + a.lg() + " " + a.f() + " " + a.d() + " " + a.z() + " " + a.str() + " " + a.type().getSimpleName() + " " + a.mode()
                    + " " + a.inner().value() + " " + Arrays.toString(a.ints()) + " " + Arrays.toString(a.strs()) + " " + Arrays.toString(a.types()) + " " + Arrays.toString(a.modes()) + " " + a.inners().length);
            System.out.println(a);
        }
        System.out.println("equals " + set.equals(defaults) + " " + defaults.equals(Base.class.getDeclaredConstructors()[0].getAnnotation(All.class)));
        System.out.println("inner " + set.inner() + " " + set.inner().hashCode() + " " + set.inner().equals(set.inner()));
        System.out.println("base " + names(Base.class.getAnnotations()) + " child " + names(Child.class.getAnnotations()) + " child declared " + names(Child.class.getDeclaredAnnotations()));
        System.out.println("tags " + Arrays.toString(Base.class.getAnnotationsByType(Tag.class)) + " container " + Base.class.getAnnotation(Tags.class) + " direct " + Base.class.getAnnotation(Tag.class));
        Constructor<?> c = Base.class.getDeclaredConstructor(int.class, String.class);
        Annotation[][] params = c.getParameterAnnotations();
        System.out.println("parameters " + params.length + " " + Arrays.toString(params[0]) + " " + Arrays.toString(params[1]) + " by type " + Arrays.toString(c.getParameters()[1].getAnnotationsByType(Tag.class)));
        Field f = Base.class.getDeclaredField("field");
        System.out.println("field " + names(f.getAnnotations()) + " type annotations " + Arrays.toString(f.getAnnotatedType().getAnnotations()));
        Method typed = Base.class.getDeclaredMethod("typed", java.util.List.class);
        AnnotatedType ret = typed.getAnnotatedReturnType();
        System.out.println("return type " + ret.getType().getTypeName() + " " + Arrays.toString(ret.getAnnotations()) + " param " + typed.getAnnotatedParameterTypes()[0]);
        RecordComponent rc = Rec.class.getRecordComponents()[0];
        System.out.println("record component " + Arrays.toString(rc.getAnnotations()) + " accessor " + Arrays.toString(rc.getAccessor().getAnnotations()) + " field " + Arrays.toString(Rec.class.getDeclaredField("value").getAnnotations()));
        System.out.println("enum constant " + Arrays.toString(Choice.class.getField("A").getAnnotations()) + " " + Choice.class.getField("B").getAnnotations().length);
        System.out.println("member default " + All.class.getDeclaredMethod("mode").getDefaultValue() + " " + All.class.getDeclaredMethod("inners").getDefaultValue().getClass().getSimpleName() + " " + Inner.class.getDeclaredMethod("value").getDefaultValue());
        System.out.println("meta " + names(All.class.getAnnotations()) + " " + names(Tag.class.getAnnotations()) + " retention " + Tag.class.getAnnotation(Retention.class).value());
        System.out.println("annotation type " + set.annotationType().getName() + " proxy " + java.lang.reflect.Proxy.isProxyClass(set.getClass()) + " isAnnotation " + set.annotationType().isAnnotation() + " " + set.getClass().isAnnotation());
    }
}
