module modapp {
    requires modlib;
    provides modlib.api.Greeter with modapp.LoudGreeter;
}
