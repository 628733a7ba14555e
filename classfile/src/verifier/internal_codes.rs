//! HotSpot's JVM-internal bytecodes (0xcb..=0xee). They never appear in valid class files, but
//! HotSpot's raw bytecode stream knows their lengths, so a class file containing one fails
//! verification with `Bad instruction: cb` at that instruction rather than with a
//! decoding error, and the instruction boundaries after it follow HotSpot's lengths.

/// Name and length (0 for the two lookupswitch-shaped ones) of each internal bytecode, from
/// 0xcb on.
const CODES: [(&str, usize); 36] = [
    ("fast_agetfield", 3),
    ("fast_bgetfield", 3),
    ("fast_cgetfield", 3),
    ("fast_dgetfield", 3),
    ("fast_fgetfield", 3),
    ("fast_igetfield", 3),
    ("fast_lgetfield", 3),
    ("fast_sgetfield", 3),
    ("fast_aputfield", 3),
    ("fast_bputfield", 3),
    ("fast_zputfield", 3),
    ("fast_cputfield", 3),
    ("fast_dputfield", 3),
    ("fast_fputfield", 3),
    ("fast_iputfield", 3),
    ("fast_lputfield", 3),
    ("fast_sputfield", 3),
    ("fast_aload_0", 1),
    ("fast_iaccess_0", 4),
    ("fast_aaccess_0", 4),
    ("fast_faccess_0", 4),
    ("fast_iload", 2),
    ("fast_iload2", 4),
    ("fast_icaload", 3),
    ("fast_invokevfinal", 3),
    ("fast_linearswitch", 0),
    ("fast_binaryswitch", 0),
    ("fast_aldc", 2),
    ("fast_aldc_w", 3),
    ("return_register_finalizer", 1),
    ("invokehandle", 3),
    ("nofast_getfield", 3),
    ("nofast_putfield", 3),
    ("nofast_aload_0", 1),
    ("nofast_iload", 2),
    ("_shouldnotreachhere", 1),
];

/// The name and fixed length of an internal bytecode (length 0: shaped like `lookupswitch`).
pub fn internal_code(byte: u8) -> Option<(&'static str, usize)> {
    CODES.get(usize::from(byte.checked_sub(0xcb)?)).copied()
}

/// The mnemonic HotSpot prints for a byte at an instruction start: a JVMS opcode, an internal
/// bytecode, or `<illegal>`.
pub fn mnemonic(byte: u8) -> &'static str {
    match crate::bytecode::Opcode::from_u8(byte) {
        Some(op) => op.mnemonic(),
        None if byte == 0xca => "breakpoint",
        None => internal_code(byte).map_or("<illegal>", |(name, _)| name),
    }
}
