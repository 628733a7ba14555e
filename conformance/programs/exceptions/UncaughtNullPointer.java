// An uncaught NullPointerException with a helpful message naming a field, exit code 1.
public class UncaughtNullPointer {
    static class Box {
        String label;
    }

    public static void main(String[] args) {
        Box box = new Box();
        System.out.println("label length:");
        System.out.println(box.label.length());
    }
}
