//! Which frames the VM's stack walks pass over, as HotSpot decides: hidden frames (methods of
//! hidden classes and `@Hidden` methods, through the runtime's `is_hidden_method`) and, for
//! security walks (`Reflection.getCallerClass`), `Method.invoke`, the method accessors and
//! method-handle adapters (`@LambdaForm$Compiled` methods and the signature-polymorphic
//! intrinsics). VM annotations count only in the boot loader's classes.

use runtime::klass::{BOOT_LOADER, Klass, Method};

use runtime::invoke::has_boot_annotation;
pub(crate) use runtime::invoke::is_hidden_method as is_hidden_frame;
pub(crate) use runtime::invoke::member_name::is_caller_sensitive;

const LAMBDA_FORM_COMPILED: &str = "Ljava/lang/invoke/LambdaForm$Compiled;";

/// Whether `m` is a privileged method annotated `@LambdaForm$Compiled`.
fn is_compiled_lambda_form(m: &Method) -> bool {
    has_boot_annotation(m, LAMBDA_FORM_COMPILED)
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
    is_compiled_lambda_form(m) || is_method_handle_intrinsic(m)
}

/// The signature-polymorphic `MethodHandle.invokeBasic`/`linkTo*` adapters.
fn is_method_handle_intrinsic(m: &Method) -> bool {
    m.holder().name == "java/lang/invoke/MethodHandle"
        && m.is_native()
        && (m.name == "invokeBasic" || m.name.starts_with("linkTo"))
}

/// Whether `k` is the boot class `name` or one of its subclasses.
pub(crate) fn is_boot_subclass(k: &Klass, name: &str) -> bool {
    let mut current = Some(k);
    while let Some(c) = current {
        if c.name == name && c.loader == BOOT_LOADER {
            return true;
        }
        current = c.super_klass;
    }
    false
}
