import java.net.*;
import java.nio.ByteBuffer;
import java.nio.channels.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

// Multicast on the first multicast-capable IPv4 interface, looped back to this host: the
// interface and loop options, joining and dropping a group with DatagramChannel, a datagram
// to the group, MulticastSocket join/leave and TTL.

public class MulticastLoop {
    public static void main(String[] args) throws Exception {
        NetworkInterface nif = null;
        for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (n.isUp() && n.supportsMulticast() && Collections.list(n.getInetAddresses()).stream().anyMatch(a -> a instanceof Inet4Address)) { nif = n; break; }
        }
        System.out.println("multicast interface found " + (nif != null));
        if (nif == null) return;
        InetAddress group = InetAddress.getByName("239.255.10.20");
        try (DatagramChannel dc = DatagramChannel.open(StandardProtocolFamily.INET)) {
            dc.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            dc.bind(new InetSocketAddress(0));
            dc.setOption(StandardSocketOptions.IP_MULTICAST_IF, nif);
            dc.setOption(StandardSocketOptions.IP_MULTICAST_LOOP, true);
            System.out.println("multicast if matches " + nif.equals(dc.getOption(StandardSocketOptions.IP_MULTICAST_IF)) + ", loop " + dc.getOption(StandardSocketOptions.IP_MULTICAST_LOOP) + ", ttl " + dc.getOption(StandardSocketOptions.IP_MULTICAST_TTL));
            MembershipKey key = dc.join(group, nif);
            System.out.println("joined " + key.isValid() + " group " + key.group());
            int port = ((InetSocketAddress) dc.getLocalAddress()).getPort();
            try (DatagramChannel sender = DatagramChannel.open(StandardProtocolFamily.INET)) {
                sender.setOption(StandardSocketOptions.IP_MULTICAST_IF, nif);
                sender.send(ByteBuffer.wrap("to the group".getBytes(StandardCharsets.UTF_8)), new InetSocketAddress(group, port));
            }
            ByteBuffer buf = ByteBuffer.allocate(64);
            dc.configureBlocking(false);
            long deadline = System.currentTimeMillis() + 3000;
            SocketAddress from = null;
            while (from == null && System.currentTimeMillis() < deadline) { from = dc.receive(buf); if (from == null) Thread.sleep(10); }
            buf.flip();
            System.out.println("received [" + StandardCharsets.UTF_8.decode(buf) + "]");
            key.drop();
            System.out.println("dropped " + !key.isValid());
        }
        try (MulticastSocket ms = new MulticastSocket(0)) {
            ms.joinGroup(new InetSocketAddress(group, 0), nif);
            ms.setTimeToLive(3);
            System.out.println("ttl " + ms.getTimeToLive());
            ms.leaveGroup(new InetSocketAddress(group, 0), nif);
            System.out.println("left");
        }
    }
}
