import java.lang.reflect.Array;
import java.util.Arrays;

public class ReflectArrays {
    static void attempt(int which, Object ints, Object strs, byte[] bs) {
        String what = "";
        try {
            switch (which) {
                case 0: what = "get null"; Array.get(null, 0); break;
                case 1: what = "get non-array"; Array.get("str", 0); break;
                case 2: what = "get out of range"; Array.get(ints, 3); break;
                case 3: what = "get negative"; Array.get(ints, -1); break;
                case 4: what = "getInt of objects"; Array.getInt(strs, 0); break;
                case 5: what = "getByte of ints"; Array.getByte(ints, 0); break;
                case 6: what = "getChar of bytes"; Array.getChar(bs, 0); break;
                case 7: what = "set wrong ref"; Array.set(strs, 0, 5); break;
                case 8: what = "set box into objects"; Array.set(new Object[1], 0, 5); break;
                case 9: what = "set null into ints"; Array.set(ints, 0, null); break;
                case 10: what = "set long into ints"; Array.set(ints, 0, 5L); break;
                case 11: what = "set string into ints"; Array.set(ints, 0, "s"); break;
                case 12: what = "setInt into bytes"; Array.setInt(bs, 0, 1); break;
                case 13: what = "setInt into objects"; Array.setInt(strs, 0, 1); break;
                case 14: what = "setBoolean into ints"; Array.setBoolean(ints, 0, true); break;
                case 15: what = "newInstance negative"; Array.newInstance(int.class, -2); break;
                case 16: what = "newInstance void"; Array.newInstance(void.class, 1); break;
                case 17: what = "multi negative"; Array.newInstance(int.class, 2, -1); break;
                case 18: what = "multi empty"; Array.newInstance(int.class, new int[0]); break;
                case 19: what = "getLength non-array"; Array.getLength(3); break;
            }
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Object ints = Array.newInstance(int.class, 3);
        Array.set(ints, 1, 7);
        Array.setInt(ints, 2, 9);
        Array.set(ints, 0, (short) 4);
        System.out.println(Arrays.toString((int[]) ints) + " " + Array.get(ints, 1) + " " + Array.getLength(ints));
        System.out.println(Array.getLong(ints, 2) + " " + Array.getDouble(ints, 1) + " " + Array.getFloat(ints, 0));
        Object strs = Array.newInstance(String.class, 2);
        Array.set(strs, 0, "q");
        System.out.println(Arrays.toString((String[]) strs) + " " + strs.getClass().getName());
        Object chars = Array.newInstance(char.class, 2);
        Array.setChar(chars, 0, 'z');
        Array.set(chars, 1, 'y');
        System.out.println(Array.get(chars, 0) + " " + Array.getInt(chars, 1) + " " + Array.get(chars, 1).getClass().getName());
        boolean[] flags = new boolean[2];
        Array.setBoolean(flags, 1, true);
        System.out.println(Array.get(flags, 1) + " " + Array.getBoolean(flags, 0));
        double[] ds = new double[1];
        Array.setFloat(ds, 0, 1.5f);
        System.out.println(Array.get(ds, 0));
        long[] ls = new long[1];
        Array.setByte(ls, 0, (byte) -3);
        System.out.println(Array.getLong(ls, 0) + " " + Array.getFloat(ls, 0));
        byte[] bs = {5};
        System.out.println(Array.getShort(bs, 0) + " " + Array.getByte(bs, 0));

        int[][][] cube = (int[][][]) Array.newInstance(int.class, 2, 3, 4);
        System.out.println(cube.length + " " + cube[1].length + " " + cube[1][2].length);
        Object grid = Array.newInstance(String[].class, 2, 2);
        System.out.println(grid.getClass().getName() + " " + ((String[][][]) grid)[1].length);
        Object mixed = Array.newInstance(long.class, new int[] {2, 0});
        System.out.println(mixed.getClass().getName() + " " + ((long[][]) mixed)[1].length);

        for (int i = 0; i < 20; i++) attempt(i, ints, strs, bs);
    }
}
