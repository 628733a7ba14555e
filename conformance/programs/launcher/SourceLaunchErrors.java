// A single-file source program that does not compile: the source launcher prints javac's
// diagnostics (file, line, caret) and `error: compilation failed`, and java exits with 1.
// launch: Broken.java extra
// timeout: 120
public class SourceLaunchErrors {
    public static void main(String[] args) {
        System.out.println("not launched through the class path");
    }
}
