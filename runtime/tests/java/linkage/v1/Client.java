public class Client {
    static int tNoSuchMethod() { return Lib.staticMethod(); }
    static int tNoSuchMethodRemoved() { return Lib.removedLater(); }
    static int tNoSuchField() { return Lib.field; }
    static int tStaticToInstance() { return Lib.staticMethod(); }
    static int tInstanceToStatic() { return new Lib().virtualMethod(); }
    static int tFieldStaticness() { return new Lib().instanceField; }
    static int tAbstractMethod() { Iface i = new Impl(); return i.required(); }
    static int tIllegalAccess() { return new Lib().privateLater(); }
    static int tNotInterface() { Object o = new Impl(); return o instanceof NotIface ? 1 : 0; }
    static int tInterfaceBecameClass() { NotIface n = null; return n == null ? 5 : 0; }
}
