import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON parser: generates a document of nested objects and arrays, parses it into maps and
 * lists with a recursive-descent parser, walks the tree, and serialises it back.
 */
public final class Json {
    static final class Parser {
        final String text;
        int pos;

        Parser(String text) {
            this.text = text;
        }

        Object parse() {
            Object v = value();
            skipSpace();
            if (pos != text.length()) {
                throw new IllegalStateException("trailing text at " + pos);
            }
            return v;
        }

        void skipSpace() {
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
                    return;
                }
                pos++;
            }
        }

        void expect(char c) {
            skipSpace();
            if (pos >= text.length() || text.charAt(pos) != c) {
                throw new IllegalStateException("expected " + c + " at " + pos);
            }
            pos++;
        }

        Object value() {
            skipSpace();
            char c = text.charAt(pos);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    pos += 4;
                    return Boolean.TRUE;
                case 'f':
                    pos += 5;
                    return Boolean.FALSE;
                case 'n':
                    pos += 4;
                    return null;
                default:
                    return number();
            }
        }

        Map<String, Object> object() {
            expect('{');
            Map<String, Object> map = new LinkedHashMap<>();
            skipSpace();
            if (text.charAt(pos) == '}') {
                pos++;
                return map;
            }
            while (true) {
                skipSpace();
                String key = string();
                expect(':');
                map.put(key, value());
                skipSpace();
                char c = text.charAt(pos++);
                if (c == '}') {
                    return map;
                }
                if (c != ',') {
                    throw new IllegalStateException("bad object at " + pos);
                }
            }
        }

        List<Object> array() {
            expect('[');
            List<Object> list = new ArrayList<>();
            skipSpace();
            if (text.charAt(pos) == ']') {
                pos++;
                return list;
            }
            while (true) {
                list.add(value());
                skipSpace();
                char c = text.charAt(pos++);
                if (c == ']') {
                    return list;
                }
                if (c != ',') {
                    throw new IllegalStateException("bad array at " + pos);
                }
            }
        }

        String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = text.charAt(pos++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c == '\\') {
                    char e = text.charAt(pos++);
                    switch (e) {
                        case 'n': sb.append('\n'); break;
                        case 't': sb.append('\t'); break;
                        case 'u':
                            sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                            pos += 4;
                            break;
                        default: sb.append(e);
                    }
                } else {
                    sb.append(c);
                }
            }
        }

        Object number() {
            int start = pos;
            boolean real = false;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '.' || c == 'e' || c == 'E') {
                    real = true;
                } else if (!(c == '-' || c == '+' || (c >= '0' && c <= '9'))) {
                    break;
                }
                pos++;
            }
            String s = text.substring(start, pos);
            return real ? (Object) Double.valueOf(Double.parseDouble(s)) : (Object) Long.valueOf(Long.parseLong(s));
        }
    }

    static int seed = 42;

    static int next(int bound) {
        seed = seed * 1103515245 + 12345;
        return ((seed >>> 8) & 0xffffff) % bound;
    }

    static void generate(StringBuilder sb, int depth) {
        int kind = depth > 3 ? 2 + next(4) : next(6);
        switch (kind) {
            case 0:
            case 1: {
                sb.append('{');
                int n = 1 + next(5);
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append("\"key").append(next(100)).append('_').append(i).append("\": ");
                    generate(sb, depth + 1);
                }
                sb.append('}');
                break;
            }
            case 2: {
                sb.append('[');
                int n = depth > 3 ? 0 : next(6);
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    generate(sb, depth + 1);
                }
                sb.append(']');
                break;
            }
            case 3:
                sb.append('"').append("text\\n").append(next(1000)).append("\\u0041\"");
                break;
            case 4:
                sb.append(next(2000000) - 1000000);
                break;
            default:
                sb.append(next(1000)).append('.').append(next(100)).append(next(2) == 0 ? "e3" : "");
                break;
        }
    }

    static long walk(Object v) {
        if (v instanceof Map) {
            long h = 17;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                h = h * 31 + e.getKey().hashCode() + walk(e.getValue());
            }
            return h;
        } else if (v instanceof List) {
            long h = 19;
            for (Object o : (List<?>) v) {
                h = h * 37 + walk(o);
            }
            return h;
        } else if (v instanceof String) {
            return v.hashCode();
        } else if (v instanceof Long) {
            return (Long) v;
        } else if (v instanceof Double) {
            return Double.doubleToLongBits((Double) v) >>> 20;
        } else if (v instanceof Boolean) {
            return (Boolean) v ? 1 : 2;
        }
        return 3;
    }

    static void write(StringBuilder sb, Object v) {
        if (v instanceof Map) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                sb.append('"').append(e.getKey()).append("\":");
                write(sb, e.getValue());
            }
            sb.append('}');
        } else if (v instanceof List) {
            sb.append('[');
            List<?> list = (List<?>) v;
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                write(sb, list.get(i));
            }
            sb.append(']');
        } else if (v instanceof String) {
            sb.append('"').append(((String) v).replace("\n", "\\n")).append('"');
        } else {
            sb.append(v);
        }
    }

    static long once() {
        seed = 42;
        StringBuilder doc = new StringBuilder("[");
        for (int i = 0; i < 60; i++) {
            if (i > 0) {
                doc.append(",\n");
            }
            generate(doc, 0);
        }
        doc.append(']');
        String text = doc.toString();
        Object tree = new Parser(text).parse();
        long r = walk(tree);
        StringBuilder out = new StringBuilder();
        write(out, tree);
        Object again = new Parser(out.toString()).parse();
        if (walk(again) != r) {
            return -1;
        }
        return r * 31 + text.length() * 7L + out.length();
    }

    static final long EXPECTED = -2731049002492275271L;

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 55;
        long result = 0;
        for (int r = 0; r < reps; r++) {
            result = once();
            if (result != EXPECTED) {
                System.out.println("Json: wrong result " + result);
                System.exit(1);
            }
        }
        System.out.println("Json ok " + result);
    }
}
