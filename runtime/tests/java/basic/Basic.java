public class Basic {
    static int add(int a, int b) { return a + b; }
    static int t1Add() { return add(40, 2); }
    static long t2Fib() { return fib(20); }
    static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    static int t3Div() { return 7 / 0; }
    static String t4Str() { return "hello"; }
}
