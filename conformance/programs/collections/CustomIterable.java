// A user-defined Iterable/Iterator used by the enhanced for loop, with remove unsupported;
// AbstractList subclass with a computed view.
import java.util.AbstractList;
import java.util.Iterator;
import java.util.NoSuchElementException;

public class CustomIterable {
    static class Range implements Iterable<Integer> {
        final int from, to, step;
        Range(int from, int to, int step) { this.from = from; this.to = to; this.step = step; }
        public Iterator<Integer> iterator() {
            return new Iterator<Integer>() {
                int next = from;
                public boolean hasNext() { return step > 0 ? next < to : next > to; }
                public Integer next() {
                    if (!hasNext()) throw new NoSuchElementException("range exhausted at " + next);
                    int r = next;
                    next += step;
                    return r;
                }
            };
        }
    }

    static class Squares extends AbstractList<Long> {
        final int n;
        Squares(int n) { this.n = n; }
        @Override public Long get(int i) {
            if (i < 0 || i >= n) throw new IndexOutOfBoundsException("square " + i);
            return (long) i * i;
        }
        @Override public int size() { return n; }
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i : new Range(0, 20, 3)) sb.append(i).append(' ');
        for (int i : new Range(5, 0, -2)) sb.append(i).append(' ');
        System.out.println(sb);
        Iterator<Integer> it = new Range(0, 1, 1).iterator();
        it.next();
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println(e.getMessage());
        }
        try {
            it.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("remove: " + e);
        }
        Squares sq = new Squares(6);
        System.out.println(sq + " contains 16 " + sq.contains(16L) + " indexOf 25 " + sq.indexOf(25L) + " subList " + sq.subList(2, 4) + " hash " + sq.hashCode());
        try {
            sq.add(1L);
        } catch (UnsupportedOperationException e) {
            System.out.println("add: " + e);
        }
    }
}
