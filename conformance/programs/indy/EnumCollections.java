// waits: #4 reflection (Class.getEnumConstantsShared invokes values() reflectively)
// Enum.valueOf and its errors, EnumMap, EnumSet (noneOf, allOf, range, complementOf, of),
// getEnumConstants.
import java.util.EnumMap;
import java.util.EnumSet;

public class EnumCollections {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }

    public static void main(String[] args) {
        System.out.println(Day.valueOf("WED") + " " + Enum.valueOf(Day.class, "FRI") + " " + Day.class.getEnumConstants().length);
        try {
            Day.valueOf("FUNDAY");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Day.valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("valueOf(null): " + e.getMessage());
        }
        EnumMap<Day, Integer> hours = new EnumMap<Day, Integer>(Day.class);
        hours.put(Day.FRI, 6);
        hours.put(Day.MON, 8);
        hours.put(Day.SUN, 0);
        System.out.println(hours + " " + hours.containsKey(Day.TUE) + " " + hours.keySet());
        EnumSet<Day> weekend = EnumSet.of(Day.SAT, Day.SUN);
        System.out.println(weekend + " " + EnumSet.complementOf(weekend) + " " + EnumSet.range(Day.TUE, Day.THU) + " " + EnumSet.allOf(Day.class).size() + " " + EnumSet.noneOf(Day.class));
    }
}
