// LinkedList as list, queue and deque: add/remove at both ends, listIterator edits, descending order.
import java.util.Iterator;
import java.util.LinkedList;
import java.util.ListIterator;

public class LinkedListOps {
    public static void main(String[] args) {
        LinkedList<String> list = new LinkedList<String>();
        list.add("b");
        list.addFirst("a");
        list.addLast("c");
        list.push("start");
        list.offer("end");
        list.add(2, "mid");
        System.out.println(list + " first " + list.getFirst() + " last " + list.getLast() + " peek " + list.peek() + " peekLast " + list.peekLast());
        System.out.println("pop " + list.pop() + " poll " + list.poll() + " pollLast " + list.pollLast() + " removeFirst " + list.removeFirst() + " -> " + list);
        ListIterator<String> it = list.listIterator();
        while (it.hasNext()) {
            String s = it.next();
            if (s.equals("b")) it.set("B");
            if (s.equals("mid")) it.add("after-mid");
        }
        System.out.println(list);
        while (it.hasPrevious()) {
            int index = it.previousIndex();
            String s = it.previous();
            if (index == 0) it.remove();
            else System.out.print(s + "@" + index + " ");
        }
        System.out.println("-> " + list);
        Iterator<String> desc = list.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (desc.hasNext()) sb.append(desc.next()).append(' ');
        System.out.println("descending " + sb);
        list.removeFirstOccurrence("B");
        System.out.println(list + " indexOf c " + list.indexOf("c") + " get(0) " + list.get(0));
        LinkedList<Integer> empty = new LinkedList<Integer>();
        System.out.println("empty poll " + empty.poll() + " peekFirst " + empty.peekFirst());
        try {
            empty.getFirst();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("getFirst on empty: " + e);
        }
        try {
            empty.remove();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("remove on empty: " + e);
        }
        try {
            list.get(5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
    }
}
