import java.io.*;
import java.net.*;
import java.nio.charset.StandardCharsets;

// HttpURLConnection against a one-request HTTP/1.0 server thread on the loopback interface,
// the default proxy selector, and socket option OOBINLINE.

public class HttpLoopback {
    public static void main(String[] args) throws Exception {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        Thread t = new Thread(() -> {
            try (Socket s = server.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
                String request = in.readLine();
                String line;
                while ((line = in.readLine()) != null && !line.isEmpty()) { }
                OutputStream out = s.getOutputStream();
                String body = "you asked for " + request.split(" ")[1] + "\n";
                out.write(("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.ISO_8859_1));
            } catch (IOException e) { System.out.println("server: " + e); }
        });
        t.start();
        URL url = new URL("http://127.0.0.1:" + server.getLocalPort() + "/hello?x=1");
        HttpURLConnection c = (HttpURLConnection) url.openConnection();
        System.out.println("status " + c.getResponseCode() + " " + c.getResponseMessage() + ", type " + c.getContentType());
        System.out.print(new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        t.join();
        server.close();
        System.out.println(ProxySelector.getDefault().select(new URI("http://example.invalid/")));
        Socket s = new Socket();
        s.setOOBInline(true);
        System.out.println("oobinline " + s.getOOBInline());
        s.close();
    }
}
