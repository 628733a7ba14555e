package org.example.deep;

// An uncaught exception from a class in a nested package: the trace names the package.
public class DeepPackageFailure {
    static void fail() {
        throw new UnsupportedOperationException("deep package");
    }

    public static void main(String[] args) {
        fail();
    }
}
