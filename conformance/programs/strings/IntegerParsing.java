// Integer and Long: toString in radixes, parsing and its NumberFormatException messages,
// hex/octal/binary strings, unsigned conversions, decode.
public class IntegerParsing {
    static void parse(String s, int radix) {
        try {
            System.out.println("parseInt(" + s + ", " + radix + ") = " + Integer.parseInt(s, radix));
        } catch (NumberFormatException e) {
            System.out.println("parseInt(" + s + ", " + radix + "): " + e.getMessage());
        }
    }

    static void parseLong(String s) {
        try {
            System.out.println("parseLong(" + s + ") = " + Long.parseLong(s));
        } catch (NumberFormatException e) {
            System.out.println("parseLong(" + s + "): " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        int[] values = {0, 1, -1, 255, -255, Integer.MAX_VALUE, Integer.MIN_VALUE, 123456789};
        for (int v : values) {
            System.out.println(v + ": hex " + Integer.toHexString(v) + " oct " + Integer.toOctalString(v) + " bin " + Integer.toBinaryString(v) + " r36 " + Integer.toString(v, 36)
                    + " r7 " + Integer.toString(v, 7) + " unsigned " + Integer.toUnsignedString(v) + " unsignedLong " + Integer.toUnsignedLong(v));
        }
        long[] longs = {0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 0xcafebabeL};
        for (long v : longs) {
            System.out.println(v + ": hex " + Long.toHexString(v) + " oct " + Long.toOctalString(v) + " bin " + Long.toBinaryString(v) + " r36 " + Long.toString(v, 36) + " unsigned " + Long.toUnsignedString(v));
        }
        parse("123", 10);
        parse("-0", 10);
        parse("+42", 10);
        parse("2147483647", 10);
        parse("2147483648", 10);
        parse("-2147483648", 10);
        parse("-2147483649", 10);
        parse("ff", 16);
        parse("FF", 16);
        parse("zz", 36);
        parse("12", 2);
        parse("", 10);
        parse("-", 10);
        parse(" 1", 10);
        parse("1_000", 10);
        parse("\u0661\u0662", 10);
        parse("7", 99);
        parseLong("9223372036854775807");
        parseLong("9223372036854775808");
        parseLong("12L");
        try {
            Integer.parseInt(null);
        } catch (NumberFormatException e) {
            System.out.println("parseInt(null): " + e.getMessage());
        }
        System.out.println(Integer.parseUnsignedInt("4294967295") + " " + Integer.divideUnsigned(-1, 3) + " " + Integer.remainderUnsigned(-1, 3) + " " + Integer.compareUnsigned(-1, 1));
        System.out.println(Long.parseUnsignedLong("18446744073709551615") + " " + Long.divideUnsigned(-1L, 10) + " " + Long.remainderUnsigned(-1L, 10));
        System.out.println(Integer.decode("0x1F") + " " + Integer.decode("-010") + " " + Integer.decode("#ff") + " " + Long.decode("0X7fffffffffffffff"));
        System.out.println(Integer.valueOf("77") + " " + Short.parseShort("-32768") + " " + Byte.parseByte("7f", 16));
        try {
            Byte.parseByte("128");
        } catch (NumberFormatException e) {
            System.out.println("parseByte(128): " + e.getMessage());
        }
        System.out.println(Integer.max(3, 9) + " " + Integer.sum(2, 3) + " " + Long.hashCode(1L << 32) + " " + Integer.hashCode(-5) + " " + Character.getNumericValue('z'));
    }
}
