import java.util.*;
import java.util.concurrent.*;

// CompletableFuture chains on a pool and on the common pool: thenApply/thenCompose/thenCombine,
// allOf, exceptionally/handle, and a parallel stream.
public class CompletableChains {
    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> 6, pool);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> 7, pool);
        CompletableFuture<String> combined = a.thenCombine(b, (x, y) -> x * y)
            .thenApply(v -> "answer " + v)
            .thenCompose(s -> CompletableFuture.supplyAsync(() -> s + "!", pool));
        System.out.println(combined.get());

        List<CompletableFuture<Integer>> parts = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            final int n = i;
            parts.add(CompletableFuture.supplyAsync(() -> n * n, pool));
        }
        CompletableFuture.allOf(parts.toArray(new CompletableFuture[0])).join();
        int sum = 0;
        for (CompletableFuture<Integer> f : parts) sum += f.join();
        System.out.println("sum of squares " + sum);

        CompletableFuture<Integer> failing = CompletableFuture.supplyAsync(() -> {
            throw new IllegalArgumentException("bad input");
        }, pool);
        System.out.println("exceptionally " + failing.exceptionally(e -> -1).get());
        System.out.println("handle " + failing.handle((v, e) -> e.getCause().getMessage()).get());
        try {
            failing.get();
        } catch (ExecutionException e) {
            System.out.println("get threw " + e.getCause());
        }
        CompletableFuture<String> async = CompletableFuture.supplyAsync(() -> "common").thenApplyAsync(String::toUpperCase);
        System.out.println(async.get(10, TimeUnit.SECONDS));

        long parallel = java.util.stream.LongStream.rangeClosed(1, 100_000).parallel().map(x -> x % 7).sum();
        System.out.println("parallel sum " + parallel);
        pool.shutdown();
        System.out.println("terminated " + pool.awaitTermination(10, TimeUnit.SECONDS));
    }
}
