import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;

// Datagrams on the loopback interface: DatagramSocket send and receive, a receive timeout,
// connected sockets, and DatagramChannel with heap and direct buffers.
public class DatagramLoopback {
    public static void main(String[] args) throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        try (DatagramSocket a = new DatagramSocket(0, loopback);
             DatagramSocket b = new DatagramSocket(0, loopback)) {
            System.out.println("bound " + a.isBound() + " " + a.getLocalAddress() + ", connected " + a.isConnected());
            byte[] msg = "ping \u00e9".getBytes(StandardCharsets.UTF_8);
            a.send(new DatagramPacket(msg, msg.length, b.getLocalSocketAddress()));
            DatagramPacket in = new DatagramPacket(new byte[100], 100);
            b.receive(in);
            System.out.println("b got [" + new String(in.getData(), 0, in.getLength(), StandardCharsets.UTF_8) + "] from " + in.getAddress() + ", port matches " + (in.getPort() == a.getLocalPort()));
            byte[] reply = "pong".getBytes(StandardCharsets.UTF_8);
            b.send(new DatagramPacket(reply, reply.length, in.getSocketAddress()));
            DatagramPacket small = new DatagramPacket(new byte[2], 2);
            a.receive(small);
            System.out.println("truncated to " + small.getLength() + ": " + new String(small.getData(), 0, small.getLength(), StandardCharsets.UTF_8));

            a.setSoTimeout(150);
            try {
                a.receive(in);
            } catch (SocketTimeoutException e) {
                System.out.println(e);
            }
            a.connect(b.getLocalSocketAddress());
            System.out.println("connected " + a.isConnected() + ", remote port matches " + (a.getPort() == b.getLocalPort()));
            a.send(new DatagramPacket(msg, 4));
            in.setLength(100);
            b.receive(in);
            System.out.println("b got " + in.getLength() + " bytes over a connected socket");
            a.disconnect();
            System.out.println("disconnected " + !a.isConnected());
        }

        try (DatagramChannel x = DatagramChannel.open();
             DatagramChannel y = DatagramChannel.open()) {
            x.bind(new InetSocketAddress(loopback, 0));
            y.bind(new InetSocketAddress(loopback, 0));
            ByteBuffer out = ByteBuffer.allocateDirect(16).put("direct".getBytes(StandardCharsets.UTF_8)).flip();
            int sent = x.send(out, y.getLocalAddress());
            ByteBuffer got = ByteBuffer.allocate(16);
            InetSocketAddress from = (InetSocketAddress) y.receive(got);
            got.flip();
            System.out.println("channel sent " + sent + ", received [" + StandardCharsets.UTF_8.decode(got) + "] from " + from.getAddress() + ", port matches " + from.equals(x.getLocalAddress()));
            y.configureBlocking(false);
            System.out.println("non-blocking receive with nothing sent: " + y.receive(ByteBuffer.allocate(4)));
            x.connect(y.getLocalAddress());
            x.write(ByteBuffer.wrap("via write".getBytes(StandardCharsets.UTF_8)));
            ByteBuffer direct = ByteBuffer.allocateDirect(32);
            SocketAddressHolder h = new SocketAddressHolder();
            while ((h.address = y.receive(direct)) == null) {
                Thread.sleep(5);
            }
            direct.flip();
            System.out.println("received [" + StandardCharsets.UTF_8.decode(direct) + "], connected " + x.isConnected());
        } catch (IOException e) {
            System.out.println(e);
        }
    }

    static class SocketAddressHolder {
        java.net.SocketAddress address;
    }
}
