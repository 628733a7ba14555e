public class Client2 {
    static int tAbstractMethod() { Iface i = new Impl(); return i.added(); }
    static int tStillThere() { Iface i = new Impl(); return i.required(); }
}
