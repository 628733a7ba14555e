package modapp;

public class LoudGreeter implements modlib.api.Greeter {
    public String greet(String who) {
        return "HELLO, " + who.toUpperCase() + "!";
    }
}
