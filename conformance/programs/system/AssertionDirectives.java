// run: -ea:AssertionDirectives$On -ea:... -da:AssertionDirectives$Off -ea:java.util... -esa -da
// A class loader's own assertion settings start from the command line's directives
// (ClassLoader.retrieveDirectives): later settings, the default and clearing them.
public class AssertionDirectives {
    static class Off {
    }

    static class On {
    }

    static class Later {
        static boolean status() {
            boolean enabled = false;
            assert enabled = true;
            return enabled;
        }
    }

    static class LaterToo {
        static boolean status() {
            boolean enabled = false;
            assert enabled = true;
            return enabled;
        }
    }

    public static void main(String[] args) {
        ClassLoader app = AssertionDirectives.class.getClassLoader();
        System.out.println("Off before " + Off.class.desiredAssertionStatus());
        app.setClassAssertionStatus("AssertionDirectives$Later", false);
        System.out.println("Later " + Later.class.desiredAssertionStatus() + " " + Later.status());
        System.out.println("LaterToo " + LaterToo.class.desiredAssertionStatus() + " " + LaterToo.status());
        System.out.println("Off again " + Off.class.desiredAssertionStatus() + " On " + On.class.desiredAssertionStatus());
        app.setDefaultAssertionStatus(true);
        System.out.println("On after default " + On.class.desiredAssertionStatus());
        app.clearAssertionStatus();
        System.out.println("On after clear " + On.class.desiredAssertionStatus());
    }
}
