import java.io.File;
import java.io.IOException;

/** File names beyond ASCII, as the platform encoding (sun.jnu.encoding) carries them. */
public class Names {
    public static String run(String base) throws IOException {
        if (System.getProperties() == null) {
            // Without a full boot, properties come straight from the SystemProps natives.
            System.setProperties(null);
        }
        File f = new File(base, "caf\u00e9-\u20ac");
        String s = System.getProperty("sun.jnu.encoding") + " " + f.createNewFile() + " " + f.exists();
        String[] names = new File(base).list();
        for (int i = 0; i < names.length; i++) {
            s = s + " [" + names[i] + "]";
        }
        s = s + " " + f.getCanonicalPath().substring(base.length()) + " " + f.delete();
        return s;
    }

    public static void main(String[] args) throws IOException {
        System.out.println(run(args[0]));
    }
}
