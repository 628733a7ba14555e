// run: -Xmx64m
// waits: #5 garbage collection
// Binary-trees workload (depth 16): many short-lived small objects plus a long-lived tree.
public class BinaryTrees {
    static final class Node {
        final Node left, right;
        Node(Node left, Node right) { this.left = left; this.right = right; }
        int check() { return 1 + (left == null ? 0 : left.check() + right.check()); }
    }

    static Node build(int depth) {
        return depth == 0 ? new Node(null, null) : new Node(build(depth - 1), build(depth - 1));
    }

    public static void main(String[] args) {
        int max = 16;
        Node longLived = build(max);
        for (int d = 4; d <= max; d += 2) {
            int iterations = 1 << (max - d + 4);
            long check = 0;
            for (int i = 0; i < iterations; i++) check += build(d).check();
            System.out.println(iterations + " trees of depth " + d + " check " + check);
        }
        System.out.println("long lived tree check " + longLived.check());
    }
}
