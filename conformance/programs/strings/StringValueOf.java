// String.valueOf and toString of every primitive type, arrays of chars, null and objects.
public class StringValueOf {
    static class Custom {
        @Override
        public String toString() { return "Custom!"; }
    }

    public static void main(String[] args) {
        System.out.println(String.valueOf(true) + " " + String.valueOf(false));
        System.out.println(String.valueOf('x') + " " + String.valueOf('\u00e9'));
        System.out.println(String.valueOf(0) + " " + String.valueOf(-2147483648) + " " + String.valueOf(2147483647));
        System.out.println(String.valueOf(0L) + " " + String.valueOf(Long.MIN_VALUE) + " " + String.valueOf(Long.MAX_VALUE));
        System.out.println(String.valueOf(0.0f) + " " + String.valueOf(-0.0f) + " " + String.valueOf(1.0f / 3) + " " + String.valueOf(1e10f) + " " + String.valueOf(1e-5f));
        System.out.println(String.valueOf(0.0) + " " + String.valueOf(1.0 / 3) + " " + String.valueOf(1e7) + " " + String.valueOf(1e-3) + " " + String.valueOf(9999999.0) + " " + String.valueOf(0.001));
        System.out.println(String.valueOf((Object) null) + " " + String.valueOf(new Custom()) + " " + String.valueOf(new char[] {'a', 'b', 'c'}) + " " + String.valueOf(new char[] {'a', 'b', 'c'}, 1, 2));
        System.out.println(Boolean.toString(true) + " " + Character.toString('q') + " " + Character.toString(0x1F600) + " " + Byte.toString((byte) -128) + " " + Short.toString((short) 32767));
        System.out.println(Integer.valueOf(12).toString() + " " + Long.valueOf(-5).toString() + " " + Float.valueOf(2.5f).toString() + " " + Double.valueOf(-7.25).toString());
        Object[] objects = {1, 2L, 3.0f, 4.0, 'c', (byte) 5, (short) 6, true, "s"};
        StringBuilder sb = new StringBuilder();
        for (Object o : objects) sb.append(o).append('/').append(o.getClass().getName()).append(' ');
        System.out.println(sb);
    }
}
