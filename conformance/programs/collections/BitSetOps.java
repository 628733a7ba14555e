// java.util.BitSet: set/clear/flip ranges, cardinality, logical ops, nextSetBit iteration, toString.
import java.util.BitSet;

public class BitSetOps {
    public static void main(String[] args) {
        BitSet primes = new BitSet(100);
        primes.set(2, 100);
        for (int i = 2; i * i < 100; i++) {
            if (primes.get(i)) {
                for (int j = i * i; j < 100; j += i) primes.clear(j);
            }
        }
        System.out.println(primes + " cardinality " + primes.cardinality() + " length " + primes.length());
        BitSet odd = new BitSet();
        for (int i = 1; i < 100; i += 2) odd.set(i);
        BitSet and = (BitSet) primes.clone();
        and.and(odd);
        BitSet xor = (BitSet) primes.clone();
        xor.xor(odd);
        System.out.println("and " + and.cardinality() + " xor " + xor.cardinality() + " intersects " + primes.intersects(odd));
        BitSet f = new BitSet();
        f.flip(0, 10);
        f.clear(3, 6);
        StringBuilder sb = new StringBuilder();
        for (int i = f.nextSetBit(0); i >= 0; i = f.nextSetBit(i + 1)) sb.append(i).append(' ');
        System.out.println("iterated " + sb + "nextClear(0) " + f.nextClearBit(0) + " previousSetBit(5) " + f.previousSetBit(5));
        long[] words = f.toLongArray();
        System.out.println("words " + words.length + " " + Long.toBinaryString(words[0]) + " valueOf " + BitSet.valueOf(new long[] {5L}));
        System.out.println("equals " + f.equals(BitSet.valueOf(words)) + " hash " + f.hashCode() + " empty " + new BitSet().isEmpty());
        try {
            f.set(-1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
    }
}
