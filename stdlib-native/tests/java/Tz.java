/** Prints the default time zone's ID, as the JDK derives it from the host. */
public class Tz {
    public static void main(String[] args) {
        System.out.println(java.util.TimeZone.getDefault().getID());
    }
}
