// Static nested classes, lazy holder idiom, static counters across instances, static methods
// called on null references (no NullPointerException).
public class StaticNestedAndSingletons {
    static class Registry {
        private static int instances;
        final int id;
        Registry() { id = ++instances; }
        static int count() { return instances; }
    }

    static class Lazy {
        private Lazy() { System.out.println("  Lazy constructed"); }
        private static class Holder {
            static final Lazy INSTANCE = new Lazy();
        }
        static Lazy get() { return Holder.INSTANCE; }
    }

    @SuppressWarnings("static-access")
    public static void main(String[] args) {
        for (int i = 0; i < 3; i++) new Registry();
        System.out.println("instances " + Registry.count());
        Registry nul = null;
        System.out.println("static via null reference: " + nul.count());
        System.out.println("before get");
        Lazy a = Lazy.get();
        Lazy b = Lazy.get();
        System.out.println("same " + (a == b));
    }
}
