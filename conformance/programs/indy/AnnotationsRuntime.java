// waits: #4 reflection (annotations)
// Runtime-visible annotations on classes, methods, fields and parameters, with defaults, arrays
// and enum values; class-retention annotations invisible.
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.Method;

public class AnnotationsRuntime {
    enum Level { LOW, HIGH }

    @Retention(RetentionPolicy.RUNTIME)
    @interface Info {
        String value();
        int priority() default 5;
        String[] tags() default {};
        Level level() default Level.LOW;
    }

    @Retention(RetentionPolicy.CLASS)
    @interface Invisible {}

    @Info(value = "class", tags = {"a", "b"}, level = Level.HIGH)
    @Invisible
    static class Annotated {
        @Info("field") int f;

        @Info(value = "method", priority = 1)
        void m(@Info("param") int x) {}
    }

    public static void main(String[] args) throws Exception {
        Info ci = Annotated.class.getAnnotation(Info.class);
        System.out.println(ci.value() + " " + ci.priority() + " " + String.join(",", ci.tags()) + " " + ci.level() + " " + Annotated.class.getAnnotations().length);
        System.out.println(Annotated.class.getDeclaredField("f").getAnnotation(Info.class).value());
        Method m = Annotated.class.getDeclaredMethod("m", int.class);
        Info mi = m.getAnnotation(Info.class);
        System.out.println(mi.value() + " " + mi.priority() + " " + mi.tags().length + " " + ((Info) m.getParameterAnnotations()[0][0]).value());
        System.out.println(Annotated.class.isAnnotationPresent(Invisible.class) + " " + mi.annotationType().getSimpleName() + " " + Info.class.isAnnotation());
    }
}
