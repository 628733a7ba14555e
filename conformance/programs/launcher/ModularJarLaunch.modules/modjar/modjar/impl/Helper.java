package modjar.impl;

public class Helper {
    public String describe(String[] args) {
        return "helper in " + getClass().getModule().getName() + " got " + args.length + " args";
    }
}
