import java.math.BigInteger;
import java.math.BigDecimal;
import java.util.*;

/** Larger programs on the JDK's own library code. (Enum.valueOf needs reflection data, which
 *  needs java.lang.ref at boot; lambdas and records' equals/hashCode/toString need
 *  invokedynamic, issue 4.) */
public class Programs {
    static int queens(int n, int row, int cols, int d1, int d2) {
        if (row == n) return 1;
        int count = 0;
        for (int c = 0; c < n; c++) {
            if ((cols & (1 << c)) != 0 || (d1 & (1 << (row + c))) != 0 || (d2 & (1 << (row - c + n))) != 0) continue;
            count += queens(n, row + 1, cols | 1 << c, d1 | 1 << (row + c), d2 | 1 << (row - c + n));
        }
        return count;
    }
    static int tQueens() { return queens(8, 0, 0, 0, 0); }
    static String tBigInteger() { BigInteger f = BigInteger.ONE; for (int i = 2; i <= 50; i++) f = f.multiply(BigInteger.valueOf(i)); return f.toString() + " " + f.bitLength() + " " + f.mod(BigInteger.valueOf(1000007)); }
    static String tBigIntegerPow() { return BigInteger.TWO.pow(200).subtract(BigInteger.ONE).toString(16); }
    static String tBigDecimal() { return new BigDecimal("1.10").add(new BigDecimal("2.205")).multiply(new BigDecimal("3")).toPlainString(); }
    interface Expr { long eval(); }
    record Num(long v) implements Expr { public long eval() { return v; } }
    record Add(Expr a, Expr b) implements Expr { public long eval() { return a.eval() + b.eval(); } }
    record Mul(Expr a, Expr b) implements Expr { public long eval() { return a.eval() * b.eval(); } }
    static Expr build(int depth) { return depth == 0 ? new Num(depth + 3) : depth % 2 == 0 ? new Add(build(depth - 1), build(depth - 1)) : new Mul(build(depth - 1), new Num(2)); }
    static long tExprTree() { return build(12).eval(); }
    static String tRecordAccessors() { Num n = new Num(7); Add a = new Add(n, n); return n.v() + " " + (a.a() == n) + " " + a.b().eval(); }
    enum Color { RED, GREEN, BLUE; Color next() { return values()[(ordinal() + 1) % values().length]; } }
    static String tEnums() { Color c = Color.RED; StringBuilder sb = new StringBuilder(); for (int i = 0; i < 4; i++) { sb.append(c.name()).append(c.ordinal()); c = c.next(); } return sb.toString() + Color.BLUE.compareTo(Color.RED); }
    static String tEnumSwitch() { StringBuilder sb = new StringBuilder(); for (Color c : Color.values()) { switch (c) { case RED: sb.append('r'); break; case GREEN: sb.append('g'); break; default: sb.append('?'); } } return sb.toString(); }
    static int tMatrix() { int n = 40; long[][] a = new long[n][n], b = new long[n][n], c = new long[n][n]; for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) { a[i][j] = i + j; b[i][j] = i - j; } for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) { long s = 0; for (int k = 0; k < n; k++) s += a[i][k] * b[k][j]; c[i][j] = s; } return (int) (c[7][9] ^ c[39][0]); }
    static String tStringWork() { StringBuilder sb = new StringBuilder(); String text = "the quick brown fox jumps over the lazy dog"; for (String w : text.split(" ")) { sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1)).append(' '); } return sb.toString().trim() + "|" + text.replace("the", "a").indexOf("fox") + "|" + String.valueOf(text.toCharArray(), 4, 5); }
    static String tExceptionsInLoop() { int caught = 0; for (int i = 0; i < 1000; i++) { try { if (i % 3 == 0) throw new IllegalStateException("i=" + i); Object o = i % 3 == 1 ? null : "x"; o.hashCode(); } catch (IllegalStateException e) { caught++; } catch (NullPointerException e) { caught += 10; } } return "caught " + caught; }
    static String tHashMapOfLists() { Map<String, List<String>> m = new HashMap<>(); String[] words = "one two three four five six seven eight nine ten".split(" "); for (String w : words) { List<String> l = m.get(w.length() + ""); if (l == null) { l = new ArrayList<>(); m.put(w.length() + "", l); } l.add(w); } return m.get("3") + " " + m.get("5") + " " + m.size(); }
    static String tCharacterClasses() { int letters = 0, digits = 0, spaces = 0; for (char ch : "Hello World 2024 -- ok!".toCharArray()) { if (Character.isLetter(ch)) letters++; else if (Character.isDigit(ch)) digits++; else if (Character.isWhitespace(ch)) spaces++; } return letters + " " + digits + " " + spaces; }
    static long tLongMath() { long h = 1125899906842597L; for (int i = 0; i < 10000; i++) h = 31 * h + (i ^ (h >>> 17)); return h + Long.rotateLeft(h, 13) + Math.floorMod(h, 97) + Math.multiplyHigh(h, 0x9E3779B97F4A7C15L); }
    static String tInterfaceStatic() { return List.of("a", "b").size() + " " + Map.of("k", "v").get("k") + " " + Objects.requireNonNullElse(null, "dflt"); }
}
