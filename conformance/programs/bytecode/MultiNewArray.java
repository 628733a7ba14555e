// multianewarray, anewarray of arrays, partially specified dimensions, array class names.
public class MultiNewArray {
    public static void main(String[] args) {
        int[][][] cube = new int[2][3][4];
        cube[1][2][3] = 7;
        System.out.println(cube.length + " " + cube[0].length + " " + cube[0][0].length + " " + cube[1][2][3] + " " + cube.getClass().getName());
        long[][] partial = new long[3][];
        System.out.println("partial " + partial[0] + " " + partial.getClass().getName());
        String[][] strings = new String[2][2];
        System.out.println(strings[1][1] + " " + strings.getClass().getName() + " " + strings[0].getClass().getName());
        Object[][][][] four = new Object[1][2][0][];
        System.out.println(four[0][1].length + " " + four.getClass().getName());
        boolean[][] flags = new boolean[2][5];
        char[][] chars = new char[1][1];
        double[][] ds = {{1.0}, {2.0, 3.0}, {}};
        System.out.println(flags[1][4] + " " + (int) chars[0][0] + " " + ds[1][1] + " " + ds[2].length + " " + flags.getClass().getName() + " " + chars.getClass().getName());
        int[][] zero = new int[0][5];
        System.out.println("zero " + zero.length);
        try {
            int[][] bad = new int[2][-3];
            System.out.println(bad.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("NegativeArraySizeException: " + e.getMessage());
        }
        try {
            int[][] bad = new int[-1][2];
            System.out.println(bad.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("NegativeArraySizeException: " + e.getMessage());
        }
        int[][] tri = new int[4][];
        for (int i = 0; i < tri.length; i++) {
            tri[i] = new int[i + 1];
            tri[i][0] = tri[i][i] = 1;
            for (int j = 1; j < i; j++) tri[i][j] = tri[i - 1][j - 1] + tri[i - 1][j];
        }
        for (int[] row : tri) System.out.println(java.util.Arrays.toString(row));
    }
}
