import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

// Blocking socket channels on the loopback interface: accept, connect, buffers both ways
// (heap and direct, scattering and gathering), half-close, non-blocking connect and accept,
// and threads released by close and interrupt.
public class SocketChannels {
    static String text(ByteBuffer b) {
        b.flip();
        return StandardCharsets.UTF_8.decode(b).toString();
    }

    public static void main(String[] args) throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(loopback, 0));
            InetSocketAddress bound = (InetSocketAddress) server.getLocalAddress();
            System.out.println("server bound to " + bound.getAddress() + ", open " + server.isOpen() + ", blocking " + server.isBlocking());
            Thread peer = new Thread(() -> {
                try (SocketChannel s = server.accept()) {
                    ByteBuffer in = ByteBuffer.allocate(64);
                    while (s.read(in) >= 0) {
                        if (!in.hasRemaining()) {
                            break;
                        }
                    }
                    // Printed once the client has shut its output down, after its own lines.
                    System.out.println("accepted from " + ((InetSocketAddress) s.getRemoteAddress()).getAddress());
                    String got = text(in);
                    System.out.println("server got [" + got + "]");
                    ByteBuffer[] parts = {
                        ByteBuffer.wrap("reply: ".getBytes(StandardCharsets.UTF_8)),
                        ByteBuffer.allocateDirect(32).put(got.toUpperCase().getBytes(StandardCharsets.UTF_8)).flip()
                    };
                    s.write(parts);
                } catch (IOException e) {
                    System.out.println("server failed: " + e);
                }
            });
            peer.start();
            try (SocketChannel client = SocketChannel.open(bound)) {
                System.out.println("connected " + client.isConnected() + ", pending " + client.isConnectionPending());
                client.setOption(StandardSocketOptions.TCP_NODELAY, true);
                System.out.println("nodelay " + client.getOption(StandardSocketOptions.TCP_NODELAY));
                ByteBuffer direct = ByteBuffer.allocateDirect(16);
                direct.put("direct ".getBytes(StandardCharsets.UTF_8)).flip();
                client.write(new ByteBuffer[] {direct, ByteBuffer.wrap("and heap".getBytes(StandardCharsets.UTF_8))});
                client.shutdownOutput();
                ByteBuffer head = ByteBuffer.allocate(7);
                ByteBuffer rest = ByteBuffer.allocate(64);
                long n = 0;
                long r;
                while ((r = client.read(new ByteBuffer[] {head, rest})) >= 0) {
                    n += r;
                }
                System.out.println(n + " bytes: [" + text(head) + "][" + text(rest) + "]");
            }
            peer.join();

            server.configureBlocking(false);
            System.out.println("non-blocking accept with no client: " + server.accept());
            SocketChannel client = SocketChannel.open();
            client.configureBlocking(false);
            boolean immediate = client.connect(bound);
            SocketChannel accepted = null;
            while (accepted == null) {
                accepted = server.accept();
                if (accepted == null) {
                    Thread.sleep(10);
                }
            }
            while (!client.finishConnect()) {
                Thread.sleep(10);
            }
            System.out.println("non-blocking connect done (immediately: " + (immediate ? "yes" : "no or yes") + "), connected " + client.isConnected());
            ByteBuffer empty = ByteBuffer.allocate(8);
            System.out.println("non-blocking read with nothing sent: " + client.read(empty));
            accepted.write(ByteBuffer.wrap(new byte[] {1, 2, 3}));
            int got = 0;
            while (got < 3) {
                got += client.read(empty);
            }
            System.out.println("then " + got + " bytes");
            accepted.close();
            client.close();
            server.configureBlocking(true);

            SocketChannel blockedReader = SocketChannel.open(bound);
            SocketChannel other = server.accept();
            Thread closer = new Thread(() -> {
                try {
                    blockedReader.read(ByteBuffer.allocate(4));
                    System.out.println("read returned?");
                } catch (ClosedChannelException e) {
                    // AsynchronousCloseException, unless the close came first on a loaded machine.
                    System.out.println("reader released by close: " + (e instanceof AsynchronousCloseException || e.getClass() == ClosedChannelException.class));
                } catch (IOException e) {
                    System.out.println("reader: " + e);
                }
            });
            closer.start();
            Thread.sleep(300);
            blockedReader.close();
            closer.join();

            SocketChannel interrupted = SocketChannel.open(bound);
            SocketChannel other2 = server.accept();
            Thread victim = new Thread(() -> {
                try {
                    interrupted.read(ByteBuffer.allocate(4));
                    System.out.println("read returned?");
                } catch (ClosedByInterruptException e) {
                    System.out.println("reader released by interrupt: " + e.getClass().getName() + ", interrupted " + Thread.currentThread().isInterrupted());
                } catch (IOException e) {
                    System.out.println("reader: " + e);
                }
            });
            victim.start();
            Thread.sleep(300);
            victim.interrupt();
            victim.join();
            System.out.println("channel open after interrupt " + interrupted.isOpen());
            try {
                interrupted.write(ByteBuffer.allocate(1));
            } catch (ClosedChannelException e) {
                System.out.println("write after: " + e.getClass().getName());
            }
            other.close();
            other2.close();

            Thread acceptor = new Thread(() -> {
                try {
                    server.accept();
                } catch (ClosedChannelException e) {
                    System.out.println("accept released by close: " + (e instanceof AsynchronousCloseException || e.getClass() == ClosedChannelException.class));
                } catch (IOException e) {
                    System.out.println("acceptor: " + e);
                }
            });
            acceptor.start();
            Thread.sleep(300);
            server.close();
            acceptor.join();
        }
    }
}
