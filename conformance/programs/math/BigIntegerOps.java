// BigInteger: arithmetic with huge values, division signs, pow/modPow/modInverse/gcd, bit ops,
// radix conversion, comparisons, exceptions.
import java.math.BigInteger;

public class BigIntegerOps {
    public static void main(String[] args) {
        BigInteger a = new BigInteger("123456789012345678901234567890123456789");
        BigInteger b = BigInteger.valueOf(-987654321987654321L);
        System.out.println(a.add(b) + " " + a.subtract(b) + " " + a.multiply(b));
        System.out.println(a.divide(b) + " " + a.remainder(b) + " " + a.mod(b.abs()) + " " + a.negate().divide(b) + " " + a.negate().mod(b.abs()));
        BigInteger[] qr = a.divideAndRemainder(BigInteger.valueOf(97));
        System.out.println(qr[0] + " r " + qr[1]);
        BigInteger fact = BigInteger.ONE;
        for (int i = 2; i <= 50; i++) fact = fact.multiply(BigInteger.valueOf(i));
        System.out.println("50! = " + fact + " bits " + fact.bitLength() + " bitCount " + fact.bitCount() + " lowestSetBit " + fact.getLowestSetBit());
        System.out.println("2^200 = " + BigInteger.TWO.pow(200) + " sqrt " + BigInteger.TWO.pow(200).sqrt() + " sqrt(50!) " + fact.sqrt());
        BigInteger m = BigInteger.valueOf(1000000007);
        System.out.println("modPow " + BigInteger.valueOf(3).modPow(BigInteger.valueOf(1000000), m) + " modInverse " + BigInteger.valueOf(12345).modInverse(m) + " gcd " + fact.gcd(BigInteger.TWO.pow(100)));
        System.out.println("shift " + a.shiftLeft(10) + " " + a.shiftRight(70) + " " + b.shiftRight(3) + " and " + a.and(b) + " or " + a.or(b) + " xor " + a.xor(b) + " not " + b.not() + " andNot " + a.andNot(b));
        System.out.println("testBit " + a.testBit(0) + " setBit " + BigInteger.ZERO.setBit(100) + " flipBit " + BigInteger.TEN.flipBit(0) + " signum " + b.signum());
        System.out.println("hex " + a.toString(16) + " r36 " + b.toString(36) + " parse " + new BigInteger("-ff", 16) + " bytes " + java.util.Arrays.toString(BigInteger.valueOf(-129).toByteArray()));
        System.out.println("compare " + a.compareTo(b) + " equals " + a.equals(new BigInteger(a.toString())) + " hash " + a.hashCode() + " longValue " + a.longValue() + " intValue " + a.intValue() + " doubleValue " + a.doubleValue());
        System.out.println("primes " + BigInteger.valueOf(97).isProbablePrime(50) + " " + BigInteger.valueOf(91).isProbablePrime(50) + " " + BigInteger.valueOf(1000000).nextProbablePrime());
        System.out.println("min/max " + a.min(b) + " " + a.max(b) + " abs " + b.abs() + " pow0 " + b.pow(0) + " " + new BigInteger(1, new byte[] {(byte) 0xff, (byte) 0xff}));
        try {
            a.divide(BigInteger.ZERO);
        } catch (ArithmeticException e) {
            System.out.println("divide: " + e.getMessage());
        }
        try {
            a.longValueExact();
        } catch (ArithmeticException e) {
            System.out.println("longValueExact: " + e.getMessage());
        }
        try {
            new BigInteger("12x");
        } catch (NumberFormatException e) {
            System.out.println("parse: " + e.getMessage());
        }
        try {
            BigInteger.TEN.modInverse(BigInteger.valueOf(4));
        } catch (ArithmeticException e) {
            System.out.println("modInverse: " + e.getMessage());
        }
    }
}
