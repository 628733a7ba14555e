// args: alpha beta gamma 42 -x --long=value ünï
// Command-line arguments reach main in order, including non-ASCII ones.
public class ProgramArgs {
    public static void main(String[] args) {
        System.out.println("count " + args.length);
        for (int i = 0; i < args.length; i++) {
            System.out.println(i + ": [" + args[i] + "] length " + args[i].length());
        }
        System.out.println("parsed " + (Integer.parseInt(args[3]) * 2));
    }
}
