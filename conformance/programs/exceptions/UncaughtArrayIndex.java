// An uncaught ArrayIndexOutOfBoundsException thrown by the VM (not by library code) with its
// message in the trace; exit code 1.
public class UncaughtArrayIndex {
    static int sum(int[] values, int count) {
        int total = 0;
        for (int i = 0; i <= count; i++) total += values[i];
        return total;
    }

    public static void main(String[] args) {
        System.out.println(sum(new int[] {1, 2, 3}, 1));
        System.out.println(sum(new int[] {1, 2, 3}, 3));
    }
}
