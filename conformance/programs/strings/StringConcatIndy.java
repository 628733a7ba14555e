// javac-default-concat
// waits: #4 invokedynamic string concatenation
// String + compiled to invokedynamic (StringConcatFactory): every primitive type, char, null,
// objects, constants and long chains.
public class StringConcatIndy {
    static class Thing {
        @Override
        public String toString() { return "Thing"; }
    }

    public static void main(String[] args) {
        boolean z = true;
        byte b = -3;
        short s = 300;
        char c = '\u00e9';
        int i = Integer.MIN_VALUE;
        long l = Long.MAX_VALUE;
        float f = 1.25f;
        double d = -0.0;
        Object nul = null;
        String str = null;
        System.out.println("z=" + z + " b=" + b + " s=" + s + " c=" + c + " i=" + i + " l=" + l + " f=" + f + " d=" + d + " nul=" + nul + " str=" + str + " thing=" + new Thing());
        String acc = "";
        for (int k = 0; k < 5; k++) acc += k + ",";
        System.out.println(acc);
        System.out.println(1 + 2 + "3" + 4 + 5);
        System.out.println(c + 1 + "" + (char) (c + 1));
        String wide = "\u4e2d" + i + c;
        System.out.println(wide + " " + wide.length());
        String many = "" + b + s + c + i + l + f + d + z + b + s + c + i + l + f + d + z + b + s + c + i + l + f + d + z + b + s + c + i + l + f + d + z + b + s + c + i + l + f + d + z + b + s + c + i + l + f + d + z + b + s + c + i + l + f + d + z + b + s + c + i + l + f + d + z + b + s + c + i + l + f + d + z + b + s + c + i + l + f + d + z + b + s + c + i + l + f + d + z + b + s + c + i + l + f + d + z + b + s + c + i + l + f + d + z + b + s + c + i + l + f + d + z + b + s + c + i + l + f + d + z + b + s + c + i + l + f + d + z + b + s + c + i + l + f + d + z + b + s + c + i + l + f + d + z + b + s + c + i + l + f + d + z + b + s + c + i + l + f + d + z + b + s + c + i + l + f + d + z;
        System.out.println(many.length() + " " + many.hashCode());
        char[] arr = {'x'};
        System.out.println(("arr " + arr).startsWith("arr [C@"));
    }
}
