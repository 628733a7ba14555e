// A main class without a main method: the launcher's error message and exit code 1.
public class MissingMain {
    static void notMain(String[] args) {
        System.out.println("unreachable");
    }
}
