import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

// Unix-domain stream channels in the working directory: bind, accept, connect, exchange,
// addresses as paths, a connect to a missing socket file, a path too long.
public class UnixDomainChannels {
    public static void main(String[] args) throws Exception {
        Path file = Path.of("server.sock");
        UnixDomainSocketAddress address = UnixDomainSocketAddress.of(file);
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(address);
            System.out.println("bound to " + server.getLocalAddress() + ", socket file exists " + Files.exists(file));
            Thread peer = new Thread(() -> {
                try (SocketChannel s = server.accept()) {
                    ByteBuffer in = ByteBuffer.allocate(32);
                    while (s.read(in) >= 0 && in.hasRemaining()) {
                        // read to the end of the client's output
                    }
                    in.flip();
                    String got = StandardCharsets.UTF_8.decode(in).toString();
                    s.write(ByteBuffer.wrap(("got " + got).getBytes(StandardCharsets.UTF_8)));
                    System.out.println("server: peer address [" + s.getRemoteAddress() + "]");
                } catch (IOException e) {
                    System.out.println("server failed: " + e);
                }
            });
            peer.start();
            try (SocketChannel client = SocketChannel.open(address)) {
                System.out.println("connected " + client.isConnected() + " to " + client.getRemoteAddress() + ", local [" + client.getLocalAddress() + "]");
                client.write(ByteBuffer.wrap("over a unix socket".getBytes(StandardCharsets.UTF_8)));
                client.shutdownOutput();
                ByteBuffer reply = ByteBuffer.allocate(64);
                while (client.read(reply) >= 0) {
                    // read to the end
                }
                reply.flip();
                peer.join();
                System.out.println("client: " + StandardCharsets.UTF_8.decode(reply));
            }
        }
        Files.deleteIfExists(file);
        try {
            SocketChannel.open(UnixDomainSocketAddress.of("missing.sock"));
        } catch (IOException e) {
            System.out.println(e);
        }
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of("x".repeat(200)));
        } catch (IOException e) {
            System.out.println(e);
        }
    }
}
