import java.net.*;
import java.nio.ByteBuffer;
import java.nio.channels.*;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.*;

// Asynchronous socket channels on the loopback interface (futures, a completion handler, a
// refused connection) and System.inheritedChannel() when standard input is no socket.

public class AsyncChannels {
    public static void main(String[] args) throws Exception {
        System.out.println("inherited channel " + System.inheritedChannel());
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        try (AsynchronousServerSocketChannel server = AsynchronousServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(loopback, 0));
            Future<AsynchronousSocketChannel> accepting = server.accept();
            try (AsynchronousSocketChannel client = AsynchronousSocketChannel.open()) {
                client.connect(server.getLocalAddress()).get(5, TimeUnit.SECONDS);
                AsynchronousSocketChannel peer = accepting.get(5, TimeUnit.SECONDS);
                client.write(ByteBuffer.wrap("async hello".getBytes(StandardCharsets.UTF_8))).get();
                ByteBuffer buf = ByteBuffer.allocate(32);
                int n = peer.read(buf).get(5, TimeUnit.SECONDS);
                buf.flip();
                System.out.println("peer read " + n + ": " + StandardCharsets.UTF_8.decode(buf));
                CountDownLatch done = new CountDownLatch(1);
                String[] seen = new String[1];
                ByteBuffer back = ByteBuffer.allocate(32);
                client.read(back, null, new CompletionHandler<Integer, Void>() {
                    public void completed(Integer r, Void a) { back.flip(); seen[0] = r + ": " + StandardCharsets.UTF_8.decode(back); done.countDown(); }
                    public void failed(Throwable t, Void a) { seen[0] = t.toString(); done.countDown(); }
                });
                peer.write(ByteBuffer.wrap("handled".getBytes(StandardCharsets.UTF_8))).get();
                done.await(5, TimeUnit.SECONDS);
                System.out.println("handler got " + seen[0]);
                peer.close();
            }
        }
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 50, loopback)) { closedPort = probe.getLocalPort(); }
        try (AsynchronousSocketChannel c = AsynchronousSocketChannel.open()) {
            c.connect(new InetSocketAddress(loopback, closedPort)).get(5, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            System.out.println("refused: " + e.getCause());
        }
    }
}
