// 100 000 lines on stdout and 1 000 on stderr: buffering and flushing at exit must not lose or
// reorder anything within a stream.
public class LargeOutput {
    public static void main(String[] args) {
        for (int i = 0; i < 100000; i++) {
            System.out.println("line " + i + " " + (i * 2654435761L % 1000003));
            if (i % 100 == 0) System.err.println("err " + i);
        }
        System.out.print("last line without newline");
    }
}
