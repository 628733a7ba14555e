/** Prints System.getProperty(key) for each argument ("null" when unset), then the zone ID. */
public class Props {
    public static void main(String[] args) {
        for (String key : args) {
            System.out.println(key + "=" + System.getProperty(key));
        }
        System.out.println("zone=" + java.util.TimeZone.getDefault().getID());
    }
}
