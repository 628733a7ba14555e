// waits: #6 threads
// Producer/consumer over a bounded buffer with wait/notifyAll; consumer output in order.
import java.util.ArrayDeque;

public class WaitNotify {
    static final ArrayDeque<Integer> BUFFER = new ArrayDeque<Integer>();
    static final int CAPACITY = 3;

    static void put(int x) throws InterruptedException {
        synchronized (BUFFER) {
            while (BUFFER.size() == CAPACITY) BUFFER.wait();
            BUFFER.addLast(x);
            BUFFER.notifyAll();
        }
    }

    static int take() throws InterruptedException {
        synchronized (BUFFER) {
            while (BUFFER.isEmpty()) BUFFER.wait();
            int x = BUFFER.removeFirst();
            BUFFER.notifyAll();
            return x;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread producer = new Thread(new Runnable() {
            public void run() {
                try {
                    for (int i = 1; i <= 50; i++) put(i);
                    put(-1);
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            }
        });
        producer.start();
        long sum = 0;
        int count = 0;
        boolean ordered = true;
        int last = 0;
        while (true) {
            int x = take();
            if (x < 0) break;
            if (x != last + 1) ordered = false;
            last = x;
            sum += x;
            count++;
        }
        producer.join();
        System.out.println("consumed " + count + " sum " + sum + " in order " + ordered);
    }
}
