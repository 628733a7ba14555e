//! Fuzzes the class-file parser with every format check on, then decodes every method's code
//! and parses every generic signature of whatever parsed. Any panic, hang or abort is a bug:
//! bad input must only ever produce a `ClassFileError`, `DecodeError` or `SignatureError`.

#![no_main]

use classfile::bytecode::decode_method;
use classfile::signature::{ClassSignature, MethodSignature, parse_field_signature};
use classfile::{ClassFile, ParseOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte chooses the options, so both HotSpot's verified and unverified (boot
    // loader) paths and module-info parsing are explored.
    let Some((&selector, bytes)) = data.split_first() else {
        return;
    };
    let options = ParseOptions {
        need_verify: selector & 1 == 0,
        allow_module_info: selector & 2 != 0,
        enable_preview: selector & 4 != 0,
        ..ParseOptions::default()
    };
    let Ok(class) = ClassFile::parse_with(bytes, &options) else {
        return;
    };
    let pool = &class.constant_pool;
    let utf8 = |index: Option<u16>| index.and_then(|i| pool.utf8(i).ok());
    if let Some(signature) = utf8(class.signature) {
        let _ = ClassSignature::parse(&signature);
    }
    for field in &class.fields {
        if let Some(signature) = utf8(field.signature) {
            let _ = parse_field_signature(&signature);
        }
    }
    for method in &class.methods {
        if let Some(signature) = utf8(method.signature) {
            let _ = MethodSignature::parse(&signature);
        }
        if let Some(code) = method.code() {
            let _ = decode_method(code.code);
        }
    }
});
