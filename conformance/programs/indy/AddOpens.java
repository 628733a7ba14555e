// run: --add-opens java.base/java.lang=ALL-UNNAMED --add-exports java.base/jdk.internal.misc=ALL-UNNAMED
// Module options on the command line reach the module system's boot (HotSpot passes them as
// jdk.module.* properties): an opened package admits deep reflection, an exported package
// public access, and other packages stay closed.
import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Method;

public class AddOpens {
    public static void main(String[] args) throws Exception {
        Field value = String.class.getDeclaredField("value");
        value.setAccessible(true);
        System.out.println("String.value opened: " + ((byte[]) value.get("abcd")).length + " bytes");
        Class<?> vm = Class.forName("jdk.internal.misc.VM");
        Method initLevel = vm.getMethod("initLevel");
        System.out.println("exported VM.initLevel " + initLevel.invoke(null));
        Field closed = Class.forName("java.util.ArrayList").getDeclaredField("elementData");
        try {
            closed.setAccessible(true);
        } catch (InaccessibleObjectException e) {
            System.out.println(e.getMessage().replaceAll("@[0-9a-f]+", "@..."));
        }
        System.out.println("property hidden: " + System.getProperty("jdk.module.addopens.0"));
    }
}
