/** An allocation-heavy workload: many short-lived binary trees and one long-lived tree. */
public final class BinaryTrees {
    static final class Node {
        final Node left;
        final Node right;
        final int value;

        Node(Node left, Node right, int value) {
            this.left = left;
            this.right = right;
            this.value = value;
        }

        int check() {
            return left == null ? value : value + left.check() - right.check();
        }

        int count() {
            return left == null ? 1 : 1 + left.count() + right.count();
        }
    }

    static Node build(int depth, int value) {
        if (depth == 0) {
            return new Node(null, null, value);
        }
        return new Node(build(depth - 1, 2 * value - 1), build(depth - 1, 2 * value), value);
    }

    static long once(int maxDepth) {
        Node longLived = build(maxDepth, 0);
        long r = longLived.check();
        for (int depth = 4; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + 4);
            long check = 0;
            for (int i = 1; i <= iterations; i++) {
                check += build(depth, i).check() + build(depth, -i).count();
            }
            r = r * 31 + check;
        }
        Node[] keep = new Node[64];
        for (int i = 0; i < 4096; i++) {
            keep[i & 63] = new Node(keep[(i + 1) & 63], keep[(i * 7) & 63], i);
        }
        return r * 31 + longLived.count() + keep[5].value;
    }

    static final long EXPECTED = 244343241811003L;

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        long result = 0;
        for (int r = 0; r < reps; r++) {
            result = once(12);
            if (result != EXPECTED) {
                System.out.println("BinaryTrees: wrong result " + result);
                System.exit(1);
            }
        }
        System.out.println("BinaryTrees ok " + result);
    }
}
