import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collections;

// Addresses and names: literals, localhost and the loopback address, reverse lookups of
// loopback, reachability of loopback, an unknown host, socket addresses, and the loopback network interface.
public class InetAddresses {
    public static void main(String[] args) throws Exception {
        InetAddress v4 = InetAddress.getByName("127.0.0.1");
        System.out.println(v4 + " loopback " + v4.isLoopbackAddress() + " " + (v4 instanceof Inet4Address));
        InetAddress v6 = InetAddress.getByName("::1");
        System.out.println(v6 + " loopback " + v6.isLoopbackAddress() + " " + (v6 instanceof Inet6Address));
        System.out.println("getLoopbackAddress " + InetAddress.getLoopbackAddress());
        InetAddress local = InetAddress.getByName("localhost");
        System.out.println("localhost " + local + ", first is IPv4 " + (local instanceof Inet4Address));
        InetAddress[] all = InetAddress.getAllByName("localhost");
        System.out.println("all contain 127.0.0.1 " + Arrays.asList(all).contains(v4));
        System.out.println("reverse of 127.0.0.1 " + InetAddress.getByName("127.0.0.1").getHostName());
        System.out.println("canonical " + InetAddress.getByAddress(new byte[] {127, 0, 0, 1}).getCanonicalHostName());
        System.out.println("mapped " + InetAddress.getByAddress(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 10, 1, 2, 3}));
        System.out.println("loopback reachable " + v4.isReachable(2000) + " " + v6.isReachable(2000));
        System.out.println("any " + new InetSocketAddress(0).getAddress().isAnyLocalAddress());
        System.out.println("local host name present " + !InetAddress.getLocalHost().getHostName().isEmpty());
        try {
            InetAddress.getByName("no-such-host.invalid");
        } catch (UnknownHostException e) {
            System.out.println("unknown host: " + e.getClass().getName());
        }
        InetSocketAddress unresolved = InetSocketAddress.createUnresolved("example.invalid", 80);
        System.out.println(unresolved + " unresolved " + unresolved.isUnresolved());
        InetSocketAddress resolved = new InetSocketAddress("localhost", 8080);
        System.out.println(resolved + " unresolved " + resolved.isUnresolved());

        NetworkInterface lo = NetworkInterface.getByInetAddress(v4);
        System.out.println("interface of 127.0.0.1: loopback " + lo.isLoopback() + ", up " + lo.isUp() + ", virtual " + lo.isVirtual() + ", p2p " + lo.isPointToPoint());
        System.out.println("hardware address " + Arrays.toString(lo.getHardwareAddress()) + ", mtu positive " + (lo.getMTU() > 0));
        System.out.println("addresses include 127.0.0.1 " + Collections.list(lo.getInetAddresses()).contains(v4));
        System.out.println("same by name " + lo.equals(NetworkInterface.getByName(lo.getName())) + ", by index " + lo.equals(NetworkInterface.getByIndex(lo.getIndex())));
        System.out.println("listed " + Collections.list(NetworkInterface.getNetworkInterfaces()).contains(lo));
        System.out.println("loopback prefix " + lo.getInterfaceAddresses().stream().filter(a -> a.getAddress().equals(v4)).map(a -> a.getNetworkPrefixLength()).findFirst().orElse((short) -1));
        System.out.println("no such interface " + NetworkInterface.getByName("no-such-if0"));
    }
}
