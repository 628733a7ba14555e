// Class.forName initialises (unless asked not to); ClassNotFoundException message.
public class ForNameInit {
    static class Target {
        static { System.out.println("  Target initialised"); }
        static int x = 3;
    }

    public static void main(String[] args) throws Exception {
        ClassLoader loader = ForNameInit.class.getClassLoader();
        Class<?> c = Class.forName("ForNameInit$Target", false, loader);
        System.out.println("loaded without init: " + c.getName());
        Class<?> d = Class.forName("ForNameInit$Target");
        System.out.println("same class: " + (c == d));
        System.out.println("x = " + Target.x);
        try {
            Class.forName("no.such.Clazz");
        } catch (ClassNotFoundException e) {
            System.out.println("CNFE: " + e.getMessage());
        }
        Class<?> s = Class.forName("java.lang.String");
        System.out.println(s.getName() + " loader null: " + (s.getClassLoader() == null));
        Class<?> arr = Class.forName("[Ljava.lang.String;");
        System.out.println("array class: " + arr.getName() + " component " + arr.getComponentType().getName());
        System.out.println("int.class: " + int.class.getName() + " primitive " + int.class.isPrimitive());
    }
}
