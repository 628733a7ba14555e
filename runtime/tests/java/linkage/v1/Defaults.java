public class Defaults {
    static int tInterfaceCallConflict() { I1 c = new C(); return c.m(); }
    static int tVirtualCallConflict() { return new C().m(); }
}
