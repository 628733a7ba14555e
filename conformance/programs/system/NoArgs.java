// main receives an empty (non-null) array when there are no arguments.
public class NoArgs {
    public static void main(String[] args) {
        System.out.println("args non-null: " + (args != null) + ", length " + args.length + ", class " + args.getClass().getName());
    }
}
