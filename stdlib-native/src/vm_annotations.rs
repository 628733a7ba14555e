//! The method annotations the VM itself acts on, as HotSpot's class-file parser recognises them:
//! `@CallerSensitive` (checked by `Reflection.getCallerClass`), `@Hidden` (frames left out of
//! stack walks) and `@LambdaForm$Compiled` (method-handle adapter frames). Like HotSpot, they
//! count only in privileged classes, those of the boot loader.

use classfile::attributes::Annotations;
use runtime::klass::{BOOT_LOADER, Method};

const CALLER_SENSITIVE: &str = "Ljdk/internal/reflect/CallerSensitive;";
const HIDDEN: &str = "Ljdk/internal/vm/annotation/Hidden;";
const LAMBDA_FORM_COMPILED: &str = "Ljava/lang/invoke/LambdaForm$Compiled;";

/// Which VM annotations a method carries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct VmAnnotations {
    /// `@jdk.internal.reflect.CallerSensitive`.
    pub caller_sensitive: bool,
    /// `@jdk.internal.vm.annotation.Hidden`.
    pub hidden: bool,
    /// `@java.lang.invoke.LambdaForm.Compiled`.
    pub lambda_form_compiled: bool,
}

/// The VM annotations of `m` (none outside privileged classes).
pub(crate) fn vm_annotations(m: &Method) -> VmAnnotations {
    let holder = m.holder();
    let mut found = VmAnnotations::default();
    if holder.loader != BOOT_LOADER {
        return found;
    }
    let Some(cf) = holder.class_file.as_ref() else {
        return found;
    };
    let Some(visible) = cf
        .methods
        .get(m.index)
        .and_then(|cm| cm.annotations.visible.as_ref())
    else {
        return found;
    };
    for name in annotation_types(visible, &cf.constant_pool) {
        match name.as_str() {
            CALLER_SENSITIVE => found.caller_sensitive = true,
            HIDDEN => found.hidden = true,
            LAMBDA_FORM_COMPILED => found.lambda_form_compiled = true,
            _ => {}
        }
    }
    found
}

/// The type descriptors of a list of annotations (none if it is malformed).
fn annotation_types(
    annotations: &Annotations<'_>,
    pool: &classfile::constant_pool::ConstantPool<'_>,
) -> Vec<String> {
    annotations.parse().map_or(Vec::new(), |list| {
        list.iter()
            .filter_map(|a| pool.utf8(a.type_index).ok().map(|n| n.into_owned()))
            .collect()
    })
}

/// Whether a frame of `m` is left out of stack walks that do not show hidden frames.
pub(crate) fn is_hidden_frame(m: &Method) -> bool {
    vm_annotations(m).hidden
}

/// Whether a security stack walk (`Reflection.getCallerClass`) passes over a frame of `m`:
/// `Method.invoke`, the generated and native method accessors, and method-handle adapters.
pub(crate) fn ignored_by_security_walk(m: &Method) -> bool {
    let holder = m.holder();
    if holder.name == "java/lang/reflect/Method"
        && m.name == "invoke"
        && holder.loader == BOOT_LOADER
    {
        return true;
    }
    if is_boot_subclass(holder, "jdk/internal/reflect/MethodAccessorImpl") {
        return true;
    }
    vm_annotations(m).lambda_form_compiled || is_method_handle_intrinsic(m)
}

/// The signature-polymorphic `MethodHandle.invokeBasic`/`linkTo*` adapters.
fn is_method_handle_intrinsic(m: &Method) -> bool {
    m.holder().name == "java/lang/invoke/MethodHandle"
        && m.is_native()
        && (m.name == "invokeBasic" || m.name.starts_with("linkTo"))
}

/// Whether `k` is the boot class `name` or one of its subclasses.
pub(crate) fn is_boot_subclass(k: &runtime::klass::Klass, name: &str) -> bool {
    let mut current = Some(k);
    while let Some(c) = current {
        if c.name == name && c.loader == BOOT_LOADER {
            return true;
        }
        current = c.super_klass;
    }
    false
}
