import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;

// How socket operations fail: timeouts on accept and read, a refused connection, a port in
// use, closing a socket another thread is blocked on, end of stream from a closed peer.
public class SocketFailures {
    public static void main(String[] args) throws Exception {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        System.out.println("loopback " + loopback);
        try (ServerSocket server = new ServerSocket(0, 50, loopback)) {
            server.setSoTimeout(200);
            System.out.println("accept timeout " + server.getSoTimeout());
            try {
                server.accept();
            } catch (SocketTimeoutException e) {
                System.out.println(e);
            }

            try (Socket client = new Socket(loopback, server.getLocalPort());
                 Socket accepted = server.accept()) {
                client.setSoTimeout(150);
                try {
                    client.getInputStream().read();
                } catch (SocketTimeoutException e) {
                    System.out.println(e);
                }
                System.out.println("still usable after a timeout: " + !client.isClosed());
                accepted.getOutputStream().write(42);
                System.out.println("read after timeout " + client.getInputStream().read());
                accepted.close();
                System.out.println("read from closed peer " + client.getInputStream().read());
            }

            try (ServerSocket again = new ServerSocket(server.getLocalPort(), 50, loopback)) {
                System.out.println("second bind succeeded");
            } catch (IOException e) {
                System.out.println(e);
            }
        }

        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 50, loopback)) {
            closedPort = probe.getLocalPort();
        }
        try (Socket s = new Socket(loopback, closedPort)) {
            System.out.println("connected to a closed port?");
        } catch (IOException e) {
            System.out.println(e);
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(loopback, closedPort), 1000);
        } catch (IOException e) {
            System.out.println("with timeout: " + e);
        }

        ServerSocket blocked = new ServerSocket(0, 50, loopback);
        Thread acceptor = new Thread(() -> {
            try {
                blocked.accept();
                System.out.println("accepted?");
            } catch (SocketException e) {
                // "Socket closed" when released from accept, "Socket is closed" if the close
                // came first: the thread may be slow to start on a loaded machine.
                System.out.println("blocked accept: " + e.getClass().getName() + " " + e.getMessage().startsWith("Socket"));
            } catch (IOException e) {
                System.out.println("blocked accept: " + e);
            }
        });
        acceptor.start();
        Thread.sleep(300);
        blocked.close();
        acceptor.join();

        try (ServerSocket server = new ServerSocket(0, 50, loopback);
             Socket client = new Socket(loopback, server.getLocalPort());
             Socket accepted = server.accept()) {
            InputStream in = client.getInputStream();
            Thread reader = new Thread(() -> {
                try {
                    System.out.println("read " + in.read());
                } catch (IOException e) {
                    System.out.println("blocked read: " + e);
                }
            });
            reader.start();
            Thread.sleep(300);
            client.close();
            reader.join();
            try {
                in.read();
            } catch (SocketException e) {
                System.out.println("read after close: " + e);
            }
        }
        try {
            new Socket().getInputStream();
        } catch (SocketException e) {
            System.out.println(e);
        }
    }
}
