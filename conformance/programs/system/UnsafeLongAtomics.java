// Long compare-and-set, exchange and add through the JDK's atomics (Unsafe's long CAS), seeded
// Random streams built on them, and direct buffers (Unsafe setMemory/copyMemory).
import java.nio.ByteBuffer;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

public class UnsafeLongAtomics {
    public static void main(String[] args) {
        AtomicLong a = new AtomicLong(0x123456789ABCL);
        System.out.println("cas " + a.compareAndSet(0x123456789ABCL, Long.MIN_VALUE) + " " + a.get());
        System.out.println("cas wrong " + a.compareAndSet(1L, 2L) + " " + a.get());
        System.out.println("getAndAdd " + a.getAndAdd(-1L) + " " + a.get());
        System.out.println("addAndGet " + a.addAndGet(1L << 40) + " exchange " + a.getAndSet(-7L) + " " + a.get());
        System.out.println("incrementAndGet " + a.incrementAndGet() + " witness " + a.compareAndExchange(-6L, 99L) + " " + a.get());
        Random r = new Random(42);
        long sum = 0;
        for (int i = 0; i < 1000; i++) sum += r.nextInt(1000);
        System.out.println("random " + sum + " " + r.nextLong() + " " + r.nextDouble() + " " + r.nextGaussian());
        SplittableRandom s = new SplittableRandom(7);
        System.out.println("splittable " + s.nextLong() + " " + s.split().nextInt(100));
        ByteBuffer d = ByteBuffer.allocateDirect(64);
        boolean zero = true;
        for (int i = 0; i < 64; i++) zero &= d.get(i) == 0;
        byte[] src = new byte[40];
        for (int i = 0; i < src.length; i++) src[i] = (byte) (i * 7);
        d.position(10);
        d.put(src);
        byte[] back = new byte[20];
        d.position(20);
        d.get(back);
        System.out.println("direct zeroed " + zero + " back[0] " + back[0] + " back[19] " + back[19] + " long " + d.getLong(16));
    }
}
