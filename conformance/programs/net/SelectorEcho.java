import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

// A single-threaded non-blocking echo server on a Selector serving blocking clients on other
// threads; select timeouts, selectNow, wakeup, and a Pipe between threads.
public class SelectorEcho {
    public static void main(String[] args) throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        Selector selector = Selector.open();
        ServerSocketChannel server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress(loopback, 0));
        server.configureBlocking(false);
        server.register(selector, SelectionKey.OP_ACCEPT);
        int port = ((InetSocketAddress) server.getLocalAddress()).getPort();

        long start = System.nanoTime();
        int none = selector.select(100);
        System.out.println("select with nothing ready: " + none + ", waited " + ((System.nanoTime() - start) >= 90_000_000L));
        System.out.println("selectNow: " + selector.selectNow());

        String[] replies = new String[3];
        Thread[] clients = new Thread[3];
        for (int c = 0; c < clients.length; c++) {
            int id = c;
            clients[c] = new Thread(() -> {
                try (Socket s = new Socket(loopback, port)) {
                    PrintWriter out = new PrintWriter(s.getOutputStream(), true, StandardCharsets.UTF_8);
                    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                    out.println("client " + id);
                    replies[id] = in.readLine();
                } catch (Exception e) {
                    replies[id] = e.toString();
                }
            });
            clients[c].start();
        }

        int served = 0;
        int accepted = 0;
        while (served < clients.length) {
            selector.select(5000);
            Iterator<SelectionKey> it = selector.selectedKeys().iterator();
            while (it.hasNext()) {
                SelectionKey key = it.next();
                it.remove();
                if (key.isAcceptable()) {
                    SocketChannel ch = server.accept();
                    if (ch != null) {
                        accepted++;
                        ch.configureBlocking(false);
                        ch.register(selector, SelectionKey.OP_READ, ByteBuffer.allocate(64));
                    }
                } else if (key.isReadable()) {
                    SocketChannel ch = (SocketChannel) key.channel();
                    ByteBuffer buf = (ByteBuffer) key.attachment();
                    int n = ch.read(buf);
                    if (n < 0 || (buf.position() > 0 && buf.get(buf.position() - 1) == '\n')) {
                        buf.flip();
                        String line = StandardCharsets.UTF_8.decode(buf).toString().trim();
                        ch.write(ByteBuffer.wrap(("echo " + line + "\n").getBytes(StandardCharsets.UTF_8)));
                        key.cancel();
                        ch.close();
                        served++;
                    }
                }
            }
        }
        for (Thread t : clients) {
            t.join();
        }
        System.out.println("accepted " + accepted + ", served " + served);
        for (String r : replies) {
            System.out.println(r);
        }

        Thread waker = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            selector.wakeup();
        });
        waker.start();
        start = System.nanoTime();
        int woken = selector.select();
        waker.join();
        System.out.println("woken up with " + woken + " keys, keys left " + selector.keys().size());
        server.close();
        selector.close();
        System.out.println("selector open " + selector.isOpen());

        Pipe pipe = Pipe.open();
        Thread writer = new Thread(() -> {
            try {
                pipe.sink().write(ByteBuffer.wrap("through the pipe".getBytes(StandardCharsets.UTF_8)));
                pipe.sink().close();
            } catch (Exception e) {
                System.out.println("writer: " + e);
            }
        });
        writer.start();
        ByteBuffer got = ByteBuffer.allocate(64);
        while (pipe.source().read(got) >= 0) {
            // read to the end
        }
        writer.join();
        got.flip();
        System.out.println("pipe: " + StandardCharsets.UTF_8.decode(got));
        pipe.source().close();
    }
}
