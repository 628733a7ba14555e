// Custom exception hierarchies, causes, messages, toString and getLocalizedMessage overrides.
public class CustomExceptions {
    static class AppException extends Exception {
        final int code;

        AppException(String message, int code) {
            super(message);
            this.code = code;
        }

        AppException(String message, Throwable cause) {
            super(message, cause);
            this.code = -1;
        }
    }

    static class DetailedException extends AppException {
        DetailedException() { super("detailed", 7); }

        @Override
        public String getLocalizedMessage() { return "localized(" + getMessage() + ")"; }
    }

    static class Unchecked extends RuntimeException {
        Unchecked(Throwable cause) { super(cause); }
    }

    static void level3() throws AppException { throw new AppException("level3 failed", 3); }

    static void level2() throws AppException {
        try {
            level3();
        } catch (AppException e) {
            throw new AppException("level2 wraps", e);
        }
    }

    public static void main(String[] args) {
        try {
            level2();
        } catch (AppException e) {
            System.out.println(e + " code " + e.code);
            Throwable c = e.getCause();
            System.out.println("cause " + c + " code " + ((AppException) c).code);
            System.out.println("cause of cause " + c.getCause());
        }
        DetailedException d = new DetailedException();
        System.out.println(d + " | " + d.getMessage() + " | " + d.getLocalizedMessage());
        Unchecked u = new Unchecked(new java.io.FileNotFoundException("missing.txt"));
        System.out.println(u.getMessage());
        System.out.println(u);
        Throwable noMsg = new RuntimeException();
        System.out.println(noMsg + " message " + noMsg.getMessage());
        Throwable init = new Exception("x");
        init.initCause(new Error("root"));
        System.out.println(init.getCause());
        try {
            init.initCause(new Error("again"));
        } catch (IllegalStateException e) {
            System.out.println("initCause twice: " + e.getMessage());
        }
        Throwable withNullCause = new Exception((Throwable) null);
        System.out.println("null cause: " + withNullCause + " " + withNullCause.getCause());
    }
}
