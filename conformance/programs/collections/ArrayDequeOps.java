// ArrayDeque as stack and queue, growth across wrap-around, iteration orders, null rejection.
import java.util.ArrayDeque;
import java.util.Iterator;

public class ArrayDequeOps {
    public static void main(String[] args) {
        ArrayDeque<Integer> deque = new ArrayDeque<Integer>(2);
        for (int i = 0; i < 5; i++) deque.offerLast(i);
        for (int i = 0; i < 3; i++) deque.pollFirst();
        for (int i = 5; i < 40; i++) {
            if (i % 2 == 0) deque.addFirst(-i);
            else deque.addLast(i);
        }
        System.out.println(deque.size() + " " + deque);
        StringBuilder sb = new StringBuilder();
        Iterator<Integer> it = deque.descendingIterator();
        for (int i = 0; i < 5 && it.hasNext(); i++) sb.append(it.next()).append(' ');
        System.out.println("descending head " + sb);
        ArrayDeque<String> stack = new ArrayDeque<String>();
        stack.push("a");
        stack.push("b");
        stack.push("c");
        System.out.println("stack " + stack + " peek " + stack.peek() + " pop " + stack.pop() + " " + stack);
        System.out.println("removeLast " + stack.removeLast() + " contains a " + stack.contains("a") + " contains b " + stack.contains("b"));
        deque.removeIf(new java.util.function.Predicate<Integer>() {
            public boolean test(Integer x) { return x < 0; }
        });
        System.out.println("no negatives " + deque);
        try {
            stack.push(null);
        } catch (NullPointerException e) {
            System.out.println("null rejected");
        }
        ArrayDeque<Integer> empty = new ArrayDeque<Integer>();
        System.out.println("empty poll " + empty.poll() + " peekLast " + empty.peekLast());
        try {
            empty.pop();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("pop empty: " + e);
        }
    }
}
