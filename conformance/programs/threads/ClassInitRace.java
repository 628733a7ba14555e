import java.util.concurrent.CountDownLatch;

// Eight threads race to initialise the same classes: each static initialiser runs once, the
// losers wait and see the initialised state; a failing initialiser gives every thread an
// error (ExceptionInInitializerError first, then NoClassDefFoundError); recursive
// initialisation by the initialising thread returns at once.
public class ClassInitRace {
    static class Slow {
        static int runs;
        static final int VALUE;
        static {
            runs++;
            try { Thread.sleep(50); } catch (InterruptedException e) { }
            VALUE = 42;
        }
    }

    static class Failing {
        static final int VALUE;
        static {
            try { Thread.sleep(20); } catch (InterruptedException e) { }
            if (true) throw new IllegalStateException("init failed");
            VALUE = 1;
        }
    }

    static class Recursive {
        static final int A = Other.B + 1;
    }

    static class Other {
        static final int B = Recursive.A + 10;
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        int[] seen = new int[8];
        String[] errors = new String[8];
        Thread[] ts = new Thread[8];
        for (int i = 0; i < ts.length; i++) {
            final int id = i;
            ts[i] = new Thread(() -> {
                try { go.await(); } catch (InterruptedException e) { }
                seen[id] = Slow.VALUE;
                try {
                    errors[id] = "value " + Failing.VALUE;
                } catch (ExceptionInInitializerError e) {
                    errors[id] = "EIIE " + e.getCause().getMessage();
                } catch (NoClassDefFoundError e) {
                    errors[id] = "NCDFE";
                }
            });
            ts[i].start();
        }
        go.countDown();
        for (Thread t : ts) t.join();
        int eiie = 0, ncdfe = 0;
        for (int i = 0; i < ts.length; i++) {
            if (seen[i] != 42) System.out.println("thread " + i + " saw " + seen[i]);
            if (errors[i].startsWith("EIIE")) eiie++;
            if (errors[i].equals("NCDFE")) ncdfe++;
        }
        System.out.println("Slow ran " + Slow.runs + " time(s), value " + Slow.VALUE);
        System.out.println("Failing: " + eiie + " ExceptionInInitializerError, " + ncdfe + " NoClassDefFoundError");
        System.out.println("Recursive.A " + Recursive.A + " Other.B " + Other.B);
    }
}
