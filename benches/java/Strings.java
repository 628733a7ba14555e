/**
 * String building and parsing: StringBuilder records, splitting them by hand with indexOf and
 * substring, Integer.parseInt, equals and hashCode, case conversion and character scanning.
 */
public final class Strings {
    static String build(int rows) {
        StringBuilder sb = new StringBuilder();
        int s = 12345;
        for (int i = 0; i < rows; i++) {
            s = s * 1103515245 + 12345;
            int v = (s >>> 8) % 100000;
            sb.append("row").append(i).append(',').append(v).append(',');
            sb.append(v % 2 == 0 ? "even" : "odd").append(',').append(-v / 7).append('\n');
        }
        return sb.toString();
    }

    static long parse(String text) {
        long sum = 0;
        int evens = 0;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end);
            start = end + 1;
            int c1 = line.indexOf(',');
            int c2 = line.indexOf(',', c1 + 1);
            int c3 = line.indexOf(',', c2 + 1);
            String name = line.substring(0, c1);
            int value = Integer.parseInt(line.substring(c1 + 1, c2));
            String parity = line.substring(c2 + 1, c3);
            int neg = Integer.parseInt(line.substring(c3 + 1));
            if (parity.equals("even")) {
                evens++;
            }
            sum += value + neg + name.hashCode() % 1000;
            if (!name.startsWith("row")) {
                return -1;
            }
        }
        return sum * 1000 + evens;
    }

    static long transform(String text) {
        String upper = text.substring(0, 20000).toUpperCase();
        long digits = 0;
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (Character.isDigit(c)) {
                digits += c - '0';
            } else if (c == 'E') {
                digits += 100;
            }
        }
        String[] words = {"alpha", "beta", "gamma", "delta", "epsilon"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            sb.setLength(0);
            sb.append(words[i % 5]).append('-').append(i).reverse();
            String w = sb.toString();
            digits += w.hashCode() & 0xff;
            if (w.contains("ahp")) {
                digits++;
            }
            digits += String.valueOf(i * 31L).length() + w.compareTo("5") + w.replace('a', 'o').lastIndexOf('o');
        }
        return digits;
    }

    static long once() {
        String text = build(4000);
        long r = text.length();
        r = r * 31 + parse(text);
        r = r * 31 + transform(text);
        return r;
    }

    static final long EXPECTED = 5394546014282L;

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 18;
        long result = 0;
        for (int r = 0; r < reps; r++) {
            result = once();
            if (result != EXPECTED) {
                System.out.println("Strings: wrong result " + result);
                System.exit(1);
            }
        }
        System.out.println("Strings ok " + result);
    }
}
