package modlib.api;

public interface Greeter {
    String greet(String who);

    static java.util.List<String> all(String who) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Greeter g : java.util.ServiceLoader.load(Greeter.class)) {
            out.add(g.getClass().getName() + ": " + g.greet(who));
        }
        java.util.Collections.sort(out);
        return out;
    }
}
