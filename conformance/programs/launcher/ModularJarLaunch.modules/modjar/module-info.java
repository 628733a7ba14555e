module modjar {
    exports modjar;
}
