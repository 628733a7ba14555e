// switch on enums (through the synthetic switch map), with default, missing cases and null.
public class EnumSwitch {
    enum Planet { MERCURY, VENUS, EARTH, MARS, JUPITER }

    static String describe(Planet p) {
        switch (p) {
            case EARTH: return "home";
            case MARS: return "red";
            case MERCURY:
            case VENUS: return "inner";
            default: return "outer";
        }
    }

    static int noDefault(Planet p) {
        int r = 0;
        switch (p) {
            case JUPITER: r = 5; break;
            case VENUS: r = 2; break;
        }
        return r;
    }

    public static void main(String[] args) {
        for (Planet p : Planet.values()) {
            System.out.println(p + " " + p.ordinal() + " " + describe(p) + " " + noDefault(p));
        }
        try {
            describe(null);
        } catch (NullPointerException e) {
            System.out.println("null switch: NullPointerException");
        }
    }
}
