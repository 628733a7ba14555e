/**
 * The Benchmarks Game's binary-trees (depth 18 by default): a stretch tree, one long-lived
 * tree, and many short-lived trees of increasing depth. Prints the game's expected lines.
 */
public final class GcBinaryTrees {
    static final class Node {
        Node left;
        Node right;
    }

    static Node build(int depth) {
        Node n = new Node();
        if (depth > 0) {
            n.left = build(depth - 1);
            n.right = build(depth - 1);
        }
        return n;
    }

    static int check(Node n) {
        return n.left == null ? 1 : 1 + check(n.left) + check(n.right);
    }

    public static void main(String[] args) {
        int maxDepth = args.length > 0 ? Integer.parseInt(args[0]) : 18;
        int stretch = maxDepth + 1;
        System.out.println("stretch tree of depth " + stretch + "\t check: " + check(build(stretch)));
        Node longLived = build(maxDepth);
        for (int depth = 4; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + 4);
            int sum = 0;
            for (int i = 0; i < iterations; i++) {
                sum += check(build(depth));
            }
            System.out.println(iterations + "\t trees of depth " + depth + "\t check: " + sum);
        }
        System.out.println("long lived tree of depth " + maxDepth + "\t check: " + check(longLived));
    }
}
