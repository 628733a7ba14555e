import java.util.concurrent.locks.LockSupport;

/** LockSupport.park/unpark round trips between two threads (a ping-pong over a volatile turn). */
public final class ParkUnpark {
    private static volatile int turn;

    public static void main(String[] args) throws InterruptedException {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        final int rounds = 2_000 * reps;
        final Thread main = Thread.currentThread();
        Thread other = new Thread(() -> {
            for (int i = 0; i < rounds; i++) {
                while (turn != 1) {
                    LockSupport.park();
                }
                turn = 0;
                LockSupport.unpark(main);
            }
        });
        other.start();
        for (int i = 0; i < rounds; i++) {
            turn = 1;
            LockSupport.unpark(other);
            while (turn != 0) {
                LockSupport.park();
            }
        }
        other.join();
        System.out.println("ParkUnpark ok " + rounds);
    }
}
