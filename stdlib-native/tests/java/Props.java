/**
 * Prints System.getProperty(key) for each argument ("null" when unset), then the zone ID; or,
 * without arguments, the locale-dependent properties (describe), which Cortado computes too.
 */
public class Props {
    static final String[] LOCALE_KEYS = {
        "user.language", "user.language.format", "user.script", "user.script.format",
        "user.country", "user.country.format", "user.variant", "user.variant.format",
        "file.encoding", "native.encoding", "sun.jnu.encoding",
    };

    /** The locale-dependent properties, one "key=value" per line. */
    public static String describe() {
        if (System.getProperties() == null) {
            // Without a full boot, properties come straight from the SystemProps natives.
            System.setProperties(null);
        }
        String s = "";
        for (int i = 0; i < LOCALE_KEYS.length; i++) {
            s = s + LOCALE_KEYS[i] + "=" + System.getProperty(LOCALE_KEYS[i]) + "\n";
        }
        return s;
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.out.print(describe());
            return;
        }
        for (String key : args) {
            System.out.println(key + "=" + System.getProperty(key));
        }
        System.out.println("zone=" + java.util.TimeZone.getDefault().getID());
    }
}
