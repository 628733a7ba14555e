// PriorityQueue: natural and comparator order, duplicates, removal of arbitrary elements,
// draining in priority order.
import java.util.Comparator;
import java.util.PriorityQueue;

public class PriorityQueueOps {
    static class Reverse implements Comparator<Integer> {
        public int compare(Integer a, Integer b) { return b.compareTo(a); }
    }

    static class Task implements Comparable<Task> {
        final int priority;
        final String name;
        Task(int priority, String name) { this.priority = priority; this.name = name; }
        public int compareTo(Task o) { return priority != o.priority ? Integer.compare(priority, o.priority) : name.compareTo(o.name); }
        @Override public String toString() { return name + ":" + priority; }
    }

    public static void main(String[] args) {
        PriorityQueue<Integer> pq = new PriorityQueue<Integer>();
        int[] values = {42, 7, 19, 7, -3, 100, 0, 55, 19, 8};
        for (int v : values) pq.add(v);
        System.out.println("size " + pq.size() + " peek " + pq.peek() + " remove(19) " + pq.remove(Integer.valueOf(19)) + " contains 19 " + pq.contains(19));
        StringBuilder sb = new StringBuilder();
        while (!pq.isEmpty()) sb.append(pq.poll()).append(' ');
        System.out.println("drained " + sb);
        PriorityQueue<Integer> max = new PriorityQueue<Integer>(4, new Reverse());
        for (int v : values) max.offer(v);
        sb.setLength(0);
        while (max.size() > 0) sb.append(max.remove()).append(' ');
        System.out.println("max-first " + sb);
        PriorityQueue<Task> tasks = new PriorityQueue<Task>();
        tasks.add(new Task(2, "write"));
        tasks.add(new Task(1, "read"));
        tasks.add(new Task(3, "exec"));
        tasks.add(new Task(1, "alpha"));
        sb.setLength(0);
        while (!tasks.isEmpty()) sb.append(tasks.poll()).append(' ');
        System.out.println(sb);
        System.out.println("poll empty " + new PriorityQueue<String>().poll());
        try {
            new PriorityQueue<Object>().add(new Object() {});
            PriorityQueue<Object> bad = new PriorityQueue<Object>();
            bad.add("a");
            bad.add(1);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException");
        }
    }
}
