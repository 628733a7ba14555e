package org.example;

// A main class in a package: class names in traces and getName use the package; a
// package-private nested helper; the package of the class.
public class PackagedMain {
    static class Helper {
        String hello() { return "helper in " + getClass().getName(); }
    }

    public static void main(String[] args) {
        System.out.println(new Helper().hello());
        System.out.println(PackagedMain.class.getPackageName() + " | " + PackagedMain.class.getName());
        Package p = PackagedMain.class.getPackage();
        System.out.println("package " + p.getName());
        new Throwable("trace from a package").printStackTrace(System.out);
    }
}
