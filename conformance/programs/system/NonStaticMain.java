// A main method that is not static: the launcher's error message and exit code 1.
public class NonStaticMain {
    public void main(String[] args) {
        System.out.println("unreachable");
    }
}
