// `java --source 11 file args`: a source file without the .java suffix and with a `#!` first
// line (a script), compiled for release 11; System.exit's status is java's.
// launch: --source 11 greet one two three
// timeout: 120
public class SourceScript {
    public static void main(String[] args) {
        System.out.println("not launched through the class path");
    }
}
