public class Lib {
    public static int otherField = 1;
    public static int instanceField = 2;
    public int staticMethod() { return 1; }
    public static int virtualMethod() { return 2; }
    private int privateLater() { return 3; }
}
