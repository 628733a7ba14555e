module modlib {
    exports modlib.api;
    uses modlib.api.Greeter;
    provides modlib.api.Greeter with modlib.internal.PlainGreeter;
}
