// waits: #6 threads (java.util.concurrent)
// ExecutorService with futures, invokeAll, an exception surfacing as ExecutionException,
// CompletableFuture chains, CountDownLatch; shutdown and awaitTermination.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

public class ExecutorFutures {
    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Callable<Integer>> tasks = new ArrayList<Callable<Integer>>();
        for (int i = 1; i <= 6; i++) {
            final int n = i;
            tasks.add(() -> n * n);
        }
        int sum = 0;
        for (Future<Integer> f : pool.invokeAll(tasks)) sum += f.get();
        System.out.println("sum of squares " + sum);
        Future<String> failing = pool.submit(() -> {
            throw new IllegalStateException("task failed");
        });
        try {
            failing.get();
        } catch (ExecutionException e) {
            System.out.println("ExecutionException cause " + e.getCause());
        }
        CountDownLatch latch = new CountDownLatch(5);
        for (int i = 0; i < 5; i++) pool.execute(latch::countDown);
        latch.await();
        System.out.println("latch released " + latch.getCount());
        CompletableFuture<String> cf = CompletableFuture.supplyAsync(() -> 21, pool).thenApply(x -> x * 2).thenCombine(CompletableFuture.completedFuture("!"), (a, b) -> a + b);
        System.out.println("completable " + cf.get());
        CompletableFuture<Integer> ex = CompletableFuture.supplyAsync(() -> 1 / 0, pool).exceptionally(t -> -1);
        System.out.println("exceptionally " + ex.get());
        pool.shutdown();
        System.out.println("terminated " + pool.awaitTermination(10, TimeUnit.SECONDS) + " isShutdown " + pool.isShutdown());
    }
}
