//! The verifier's entry points: verification of a class with HotSpot's choice of verifier,
//! reference maps for any method, and the runtime's verification policy.

use super::context::ClassContext;
use super::error::{ErrorContext, Fault, MethodDescription, Place, VerifyError};
use super::failure::Failure;
use super::hierarchy::ClassHierarchy;
use super::inference::infer_method;
use super::input::{ClassInput, MethodInput};
use super::refmap::RefMaps;
use super::typecheck::check_method;
use super::types::{Names, VType, split_method_descriptor};

/// Which classes the runtime verifies (HotSpot's `-Xverify` / `BytecodeVerification*` flags).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum VerifyMode {
    /// The default: classes of the boot loader are trusted, all others verified.
    #[default]
    Remote,
    /// `-Xverify:all` / `-XX:+BytecodeVerificationLocal`: every class is verified.
    All,
    /// `-Xverify:none` (deprecated in HotSpot): nothing is verified.
    None,
}

impl VerifyMode {
    /// Whether a class defined by the boot loader (`is_boot` true) or another loader gets
    /// verified under this mode.
    pub fn should_verify(self, is_boot: bool) -> bool {
        match self {
            VerifyMode::Remote => !is_boot,
            VerifyMode::All => true,
            VerifyMode::None => false,
        }
    }

    /// The mode an `-Xverify` option selects, given what follows `-Xverify` (`""`, `":all"`,
    /// `":remote"`, `":none"`); `None` for anything else (HotSpot rejects it). `-noverify` is
    /// `-Xverify:none`.
    pub fn from_xverify_tail(tail: &str) -> Option<VerifyMode> {
        match tail {
            "" | ":all" => Some(VerifyMode::All),
            ":remote" => Some(VerifyMode::Remote),
            ":none" => Some(VerifyMode::None),
            _ => None,
        }
    }
}

/// HotSpot never verifies these four classes, nor the reflection accessors it generates
/// (subclasses of `jdk/internal/reflect/MagicAccessorImpl`).
fn exempt(class: &ClassInput<'_>, cx: &mut ClassContext<'_>) -> bool {
    if matches!(
        class.name,
        "java/lang/Object" | "java/lang/Class" | "java/lang/String" | "java/lang/Throwable"
    ) {
        return true;
    }
    let magic = cx.names.intern("jdk/internal/reflect/MagicAccessorImpl");
    // The superclasses are loaded before a class is linked, so HotSpot's check cannot fail; a
    // superclass our hierarchy cannot find shows up when verification needs it.
    cx.name_in_supers(magic).unwrap_or(false)
}

/// The first class-file version checked with stack maps (earlier ones use inference).
const STACKMAP_VERSION: u16 = 50;

/// Verifies every method of a class, choosing the type checker (version 50 and above, with
/// failover to inference for version 50 as HotSpot does) or the inference verifier.
pub fn verify(class: &ClassInput<'_>, hierarchy: &dyn ClassHierarchy) -> Result<(), VerifyError> {
    run(class, hierarchy, false).map(|_| ())
}

/// Like [`verify`], also returning the reference maps of each method (by method index; `None`
/// for methods without code).
pub fn verify_with_maps(
    class: &ClassInput<'_>,
    hierarchy: &dyn ClassHierarchy,
) -> Result<Vec<Option<RefMaps>>, VerifyError> {
    run(class, hierarchy, true)
}

fn new_context<'h>(class: &ClassInput<'_>, hierarchy: &'h dyn ClassHierarchy) -> ClassContext<'h> {
    ClassContext::new(
        class.name,
        class.super_name,
        &class.interfaces,
        class.is_interface,
        hierarchy,
    )
}

fn run(
    class: &ClassInput<'_>,
    hierarchy: &dyn ClassHierarchy,
    record: bool,
) -> Result<Vec<Option<RefMaps>>, VerifyError> {
    let mut maps = Vec::with_capacity(class.methods.len());
    let mut cx = new_context(class, hierarchy);
    if exempt(class, &mut cx) {
        if record {
            for index in 0..class.methods.len() {
                maps.push(Some(reference_maps(class, index)?));
            }
        }
        return Ok(maps);
    }
    let split = class.major_version >= STACKMAP_VERSION;
    for method in &class.methods {
        let Some(code) = &method.code else {
            maps.push(None);
            continue;
        };
        let result = if split {
            match check_method(&mut cx, class, method, code, record) {
                Err(
                    failure @ (Failure::Verify(..)
                    | Failure::Format {
                        in_method: true, ..
                    }),
                ) if class.major_version == STACKMAP_VERSION => {
                    // HotSpot fails over to the old verifier; if that fails too, the exception
                    // class is the old verifier's and the message the type checker's.
                    let split = split_verifier_error(failure, class, method, &cx.names);
                    infer_method(&mut cx, class, method, code, record).map_err(|f| {
                        let old = old_verifier_error(f, class, method);
                        VerifyError {
                            kind: old.kind,
                            ..split
                        }
                    })
                }
                other => other.map_err(|f| split_verifier_error(f, class, method, &cx.names)),
            }
        } else {
            infer_method(&mut cx, class, method, code, record)
                .map_err(|f| old_verifier_error(f, class, method))
        };
        maps.push(result?);
    }
    Ok(maps)
}

/// Reference maps of method `method_index` of a class that need not have been verified: a
/// permissive inference run that only tracks which slots hold references.
pub fn reference_maps(class: &ClassInput<'_>, method_index: usize) -> Result<RefMaps, VerifyError> {
    let hierarchy = super::hierarchy::MapHierarchy::new();
    let mut cx = new_context(class, &hierarchy);
    cx.permissive = true;
    let method = class.methods.get(method_index).ok_or_else(|| {
        VerifyError::new(super::error::VerifyErrorKind::VerifyError, "No such method")
    })?;
    let Some(code) = &method.code else {
        return Ok(RefMaps::default());
    };
    infer_method(&mut cx, class, method, code, true)
        .map(Option::unwrap_or_default)
        .map_err(|f| old_verifier_error(f, class, method))
}

fn split_verifier_error(
    failure: Failure,
    class: &ClassInput<'_>,
    method: &MethodInput<'_>,
    names: &Names,
) -> VerifyError {
    let code = method.code.as_ref();
    let description = MethodDescription {
        class_name: class.name,
        name: method.name,
        descriptor: method.descriptor,
        code: code.map_or(&[][..], |c| c.code),
        handlers: code.map_or_else(Vec::new, |c| {
            c.handlers
                .iter()
                .map(|h| (h.start, h.end, h.handler))
                .collect()
        }),
        stack_map: code.and_then(|c| c.stack_map),
    };
    failure.into_error(&external_method_name(class.name, method), |ctx| {
        ctx.render(names, &description)
    })
}

fn old_verifier_error(
    failure: Failure,
    class: &ClassInput<'_>,
    method: &MethodInput<'_>,
) -> VerifyError {
    let failure = match failure {
        Failure::Verify(message, ctx) => {
            let message = old_message(&message, ctx.as_deref());
            let prefix = format!(
                "(class: {}, method: {} signature: {}) ",
                class.name, method.name, method.descriptor
            );
            Failure::Verify(format!("{prefix}{message}"), None)
        }
        Failure::OldFormat(message) => {
            let prefix = format!(
                "(class: {}, method: {} signature: {}) ",
                class.name, method.name, method.descriptor
            );
            Failure::OldFormat(format!("{prefix}{message}"))
        }
        other => other,
    };
    failure.into_error(&external_method_name(class.name, method), |_| String::new())
}

/// Translates a type-checker message into the old verifier's wording for the same fault.
fn old_message(message: &str, ctx: Option<&ErrorContext>) -> String {
    let expected = match ctx.map(|c| &c.fault) {
        Some(Fault::WrongType(found, Some(expected))) => Some((found, expected.ty)),
        _ => None,
    };
    let simple = match message {
        "Operand stack underflow" => "Unable to pop operand off an empty stack",
        "Operand stack overflow" => "Stack size too large",
        "Bad return type"
        | "Method expects a return value"
        | "Method does not expect a return value" => "Wrong return type in function",
        "Constructor must call super() or this() before return" => {
            "Constructor must call super() or this()"
        }
        "Bad <init> method call" | "Call to wrong <init> method" => {
            "Call to wrong initialization method"
        }
        "Bad operand type when invoking <init>" => "Expecting to find unitialized object on stack",
        m if m.starts_with("Bad invokespecial instruction") => {
            "Illegal use of nonvirtual function call"
        }
        m if m.starts_with("Bad access to protected") => "Bad access to protected data",
        "Bad type on operand stack in putfield" => "Incompatible type for getting or setting field",
        "Bad local variable type" => {
            if let Some((found, _)) = expected
                && let Place::CurrentLocal(i) = found.place
            {
                return if matches!(found.ty, VType::ReturnAddress(_)) {
                    format!("Cannot load return address from register {i}")
                } else {
                    format!("Register {i} contains wrong type")
                };
            }
            "Register contains wrong type"
        }
        "Bad type on operand stack" => match expected.map(|e| e.1) {
            Some(VType::Integer) => "Expecting to find integer on stack",
            Some(VType::Float) => "Expecting to find float on stack",
            Some(VType::Long | VType::Long2) => "Expecting to find long on stack",
            Some(VType::Double | VType::Double2) => "Expecting to find double on stack",
            Some(VType::RefCheck | VType::Object(_)) => "Expecting to find object/array on stack",
            _ => "Attempt to split long or double on the stack",
        },
        m if m.starts_with("Bad type on operand stack in ") => match &m[29..] {
            "iaload" | "iastore" => "Expecting to find array of ints on stack",
            "laload" | "lastore" => "Expecting to find array of longs on stack",
            "faload" | "fastore" => "Expecting to find array of floats on stack",
            "daload" | "dastore" => "Expecting to find array of doubles on stack",
            "caload" | "castore" => "Expecting to find array of chars on stack",
            "saload" | "sastore" => "Expecting to find array of shorts on stack",
            "baload" | "bastore" => "Expecting to find array of bytes or Booleans on stack",
            "aaload" | "aastore" => "Expecting to find array of objects or arrays on stack",
            "arraylength" => "Expecting to find array on stack",
            _ => "Attempt to split long or double on the stack",
        },
        "Local variable table overflow" | "get long/double overflows locals" => {
            "Illegal local variable number"
        }
        m if m.starts_with("Bad instruction") => "Illegal instruction found",
        other => other,
    };
    simple.to_owned()
}

/// HotSpot's external method name: `void Main.main(java.lang.String[])`.
pub fn external_method_name(class_name: &str, method: &MethodInput<'_>) -> String {
    let (params, ret) = split_method_descriptor(method.descriptor).unwrap_or_default();
    let params: Vec<String> = params.iter().map(|p| external_type(p)).collect();
    format!(
        "{} {}.{}({})",
        ret.map_or_else(|| "void".to_owned(), external_type),
        class_name.replace('/', "."),
        method.name,
        params.join(", ")
    )
}

fn external_type(desc: &str) -> String {
    let dims = desc.bytes().take_while(|&b| b == b'[').count();
    let base = match &desc[dims..] {
        "B" => "byte".to_owned(),
        "C" => "char".to_owned(),
        "D" => "double".to_owned(),
        "F" => "float".to_owned(),
        "I" => "int".to_owned(),
        "J" => "long".to_owned(),
        "S" => "short".to_owned(),
        "Z" => "boolean".to_owned(),
        other => other
            .trim_start_matches('L')
            .trim_end_matches(';')
            .replace('/', "."),
    };
    format!("{base}{}", "[]".repeat(dims))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_follows_hotspot_flags() {
        assert_eq!(VerifyMode::default(), VerifyMode::Remote);
        assert!(
            !VerifyMode::Remote.should_verify(true),
            "boot classes are trusted by default"
        );
        assert!(VerifyMode::Remote.should_verify(false));
        assert!(VerifyMode::All.should_verify(true) && VerifyMode::All.should_verify(false));
        assert!(!VerifyMode::None.should_verify(false));
        assert_eq!(VerifyMode::from_xverify_tail(""), Some(VerifyMode::All));
        assert_eq!(
            VerifyMode::from_xverify_tail(":remote"),
            Some(VerifyMode::Remote)
        );
        assert_eq!(
            VerifyMode::from_xverify_tail(":none"),
            Some(VerifyMode::None)
        );
        assert_eq!(VerifyMode::from_xverify_tail(":some"), None);
    }

    #[test]
    fn external_names_as_hotspot_prints_them() {
        let method = MethodInput {
            name: "main",
            descriptor: "([Ljava/lang/String;J[[I)Ljava/util/List;",
            is_static: true,
            code: None,
        };
        assert_eq!(
            external_method_name("pkg/Main", &method),
            "java.util.List pkg.Main.main(java.lang.String[], long, int[][])"
        );
    }
}
