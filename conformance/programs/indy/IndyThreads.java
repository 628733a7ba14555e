// javac-default-concat
// Call sites linked by several threads at once: lambdas, method references, string
// concatenation and method handles first used concurrently by eight threads released
// together; every thread sees one working target (JVMS 5.4.3.6: one linkage wins).
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntFunction;
import java.util.function.Supplier;

public class IndyThreads {
    static final int THREADS = 8;

    static String work(int id) throws Throwable {
        Supplier<String> s = () -> "lambda";
        IntFunction<String> f = Integer::toString;
        String concat = "t" + (id % 2) + ":" + 'x' + 1.5f + true;
        MethodHandle mh = MethodHandles.lookup().findVirtual(String.class, "repeat", MethodType.methodType(String.class, int.class));
        String repeated = (String) mh.invokeExact("ab", 2);
        return s.get() + " " + f.apply(id % 2) + " " + concat + " " + repeated;
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        String[] results = new String[THREADS];
        Thread[] threads = new Thread[THREADS];
        for (int i = 0; i < THREADS; i++) {
            int id = i;
            threads[i] = new Thread(() -> {
                try {
                    start.await();
                    results[id] = work(id);
                } catch (Throwable t) {
                    results[id] = "failed: " + t;
                }
            });
            threads[i].start();
        }
        start.countDown();
        for (Thread t : threads) t.join();
        for (int i = 0; i < THREADS; i++) {
            System.out.println(i + " " + results[i]);
        }
    }
}
