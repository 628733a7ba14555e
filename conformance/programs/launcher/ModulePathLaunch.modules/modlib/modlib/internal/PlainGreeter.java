package modlib.internal;

public class PlainGreeter implements modlib.api.Greeter {
    public String greet(String who) {
        return "hello, " + who;
    }
}
