public class Lib {
    public static int field = 1;
    public int instanceField = 2;
    public static int staticMethod() { return 1; }
    public static int removedLater() { return 4; }
    public int virtualMethod() { return 2; }
    public int privateLater() { return 3; }
}
