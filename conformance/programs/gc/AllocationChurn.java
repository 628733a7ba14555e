// run: -Xmx64m
// waits: #5 garbage collection
// Allocates about 1 GB in total in short-lived arrays under a 64 MB heap, keeping a small live set.
public class AllocationChurn {
    public static void main(String[] args) {
        byte[][] live = new byte[16][];
        long total = 0;
        long checksum = 0;
        for (int i = 0; i < 16384; i++) {
            byte[] chunk = new byte[64 * 1024];
            chunk[i % chunk.length] = (byte) i;
            total += chunk.length;
            live[i % live.length] = chunk;
            checksum += live[(i * 7) % live.length] == null ? 0 : live[(i * 7) % live.length].length;
        }
        System.out.println("allocated MB " + (total >> 20) + " checksum " + checksum);
    }
}
