// A bounded buffer with wait/notifyAll: two producers, two consumers, every item consumed once.
public class ProducerConsumer {
    static final int CAPACITY = 4, PER_PRODUCER = 5000;
    static final int[] buffer = new int[CAPACITY];
    static int head, count;
    static long consumedSum;
    static int consumedCount;

    static synchronized void put(int v) throws InterruptedException {
        while (count == CAPACITY) ProducerConsumer.class.wait();
        buffer[(head + count) % CAPACITY] = v;
        count++;
        ProducerConsumer.class.notifyAll();
    }

    static synchronized int take() throws InterruptedException {
        while (count == 0) ProducerConsumer.class.wait();
        int v = buffer[head];
        head = (head + 1) % CAPACITY;
        count--;
        ProducerConsumer.class.notifyAll();
        return v;
    }

    public static void main(String[] args) throws Exception {
        Thread[] producers = new Thread[2];
        Thread[] consumers = new Thread[2];
        for (int p = 0; p < 2; p++) {
            final int base = p * PER_PRODUCER;
            producers[p] = new Thread(() -> {
                try {
                    for (int i = 1; i <= PER_PRODUCER; i++) put(base + i);
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
        }
        for (int c = 0; c < 2; c++) {
            consumers[c] = new Thread(() -> {
                try {
                    for (int i = 0; i < PER_PRODUCER; i++) {
                        int v = take();
                        synchronized (ProducerConsumer.class) {
                            consumedSum += v;
                            consumedCount++;
                        }
                    }
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
        }
        for (Thread t : producers) t.start();
        for (Thread t : consumers) t.start();
        for (Thread t : producers) t.join();
        for (Thread t : consumers) t.join();
        long n = 2L * PER_PRODUCER;
        System.out.println("consumed " + consumedCount + " sum " + consumedSum + " expected " + n * (n + 1) / 2);
        System.out.println("left " + count);
    }
}
