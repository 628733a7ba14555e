import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardSocketOptions;
import java.nio.charset.StandardCharsets;

// A server thread and clients on the loopback interface with an ephemeral port: lines
// echoed, bulk data, half-close, socket state and options.
public class SocketEcho {
    static void serve(ServerSocket server, int clients) {
        try {
            for (int c = 0; c < clients; c++) {
                try (Socket s = server.accept()) {
                    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                    PrintWriter out = new PrintWriter(s.getOutputStream(), true, StandardCharsets.UTF_8);
                    String line;
                    int count = 0;
                    while ((line = in.readLine()) != null) {
                        if (line.equals("bulk")) {
                            byte[] block = new byte[1 << 20];
                            for (int i = 0; i < block.length; i++) {
                                block[i] = (byte) (i * 31);
                            }
                            s.getOutputStream().write(block);
                            s.getOutputStream().flush();
                            continue;
                        }
                        count++;
                        out.println("echo " + count + ": " + line.toUpperCase());
                    }
                    out.println("server saw end of input after " + count + " lines");
                }
            }
        } catch (IOException e) {
            System.out.println("server failed: " + e);
        }
    }

    public static void main(String[] args) throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        ServerSocket server = new ServerSocket(0, 50, loopback);
        int port = server.getLocalPort();
        System.out.println("server bound " + server.isBound() + ", address " + server.getInetAddress() + ", port positive " + (port > 0));
        Thread serverThread = new Thread(() -> serve(server, 2), "server");
        serverThread.start();

        try (Socket client = new Socket(loopback, port)) {
            System.out.println("connected " + client.isConnected() + ", remote " + client.getInetAddress() + ", same port " + (client.getPort() == port));
            System.out.println("local " + client.getLocalAddress() + ", local port differs " + (client.getLocalPort() != port));
            PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.UTF_8);
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
            for (String word : new String[] {"hello", "w\u00f6rld", "third line"}) {
                out.println(word);
                System.out.println(in.readLine());
            }
            client.shutdownOutput();
            System.out.println("output shut down " + client.isOutputShutdown());
            System.out.println(in.readLine());
            System.out.println("then end of stream: " + in.readLine());
        }

        try (Socket client = new Socket()) {
            client.setTcpNoDelay(true);
            client.setKeepAlive(true);
            client.setSoLinger(true, 3);
            client.connect(new InetSocketAddress("127.0.0.1", port));
            System.out.println("nodelay " + client.getTcpNoDelay() + ", keepalive " + client.getKeepAlive() + ", linger " + client.getSoLinger() + ", timeout " + client.getSoTimeout());
            System.out.println("buffers positive " + (client.getReceiveBufferSize() > 0 && client.getSendBufferSize() > 0) + ", option " + client.getOption(StandardSocketOptions.TCP_NODELAY));
            OutputStream out = client.getOutputStream();
            out.write("bulk\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = client.getInputStream();
            byte[] block = in.readNBytes(1 << 20);
            boolean intact = block.length == 1 << 20;
            for (int i = 0; i < block.length && intact; i++) {
                intact = block[i] == (byte) (i * 31);
            }
            System.out.println("bulk block intact " + intact);
            client.shutdownOutput();
            System.out.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            System.out.println("available at end " + in.available());
        }
        serverThread.join();
        server.close();
        System.out.println("server closed " + server.isClosed());
        try {
            server.accept();
        } catch (IOException e) {
            System.out.println(e);
        }
    }
}
