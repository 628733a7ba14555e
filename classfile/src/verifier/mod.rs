//! The bytecode verifier (JVMS §4.10), with HotSpot 17's behaviour and messages:
//!
//! - class files of version 50 and above are type-checked against their `StackMapTable`
//!   (JVMS §4.10.1), version 50 failing over to inference as HotSpot does;
//! - older class files go through the type-inference verifier (JVMS §4.10.2) with HotSpot's
//!   old-verifier semantics for `jsr`/`ret` subroutines and its messages;
//! - the same analyses give, per instruction, which local and stack slots hold references
//!   ([`RefMaps`]), for the interpreter and the garbage collector; [`reference_map`] computes them
//!   for code that is not verified (a permissive inference run).
//!
//! Entry points: [`verify_class`] / [`verify_class_with_maps`] on a parsed [`ClassFile`]
//! (or [`verify`] / [`verify_with_maps`] on a [`ClassInput`], the small view of a class the
//! verifier reads), asking about other classes through a [`ClassHierarchy`]; [`VerifyMode`] is
//! the runtime's policy (which loaders' classes are verified). Failures are [`VerifyError`]s
//! whose message and `Exception Details:` match HotSpot's.
//!
//! [`ClassFile`]: crate::ClassFile

mod api;
mod context;
mod error;
mod failure;
mod frame;
pub mod hierarchy;
mod inference;
mod input;
mod internal_codes;
mod model;
mod refmap;
mod stackmap;
mod stackmap_print;
mod typecheck;
mod types;

pub use api::{VerifyMode, external_method_name, reference_maps, verify, verify_with_maps};
pub use error::{VerifyError, VerifyErrorKind};
pub use hierarchy::{ClassHierarchy, ClassInfo, MapHierarchy, MemberInfo, MemberKind};
pub use input::{
    ClassInput, CodeInput, ConstantPoolView, Handler, MemberRef, MemberRefKind, MethodInput,
    PoolItem,
};
pub use model::{
    PoolTexts, PoolView, reference_map, reference_maps_of_class, verify_class,
    verify_class_with_maps,
};
pub use refmap::{RefMap, RefMaps};
