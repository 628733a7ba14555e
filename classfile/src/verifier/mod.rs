//! The bytecode verifier (JVMS §4.10): the type checker for class files of version 50 and
//! above, the type-inference verifier for older ones, and the per-instruction reference maps
//! the interpreter and the garbage collector use.
//!
//! The verifier reads a class through [`ClassInput`], the small view of the class-file model it
//! needs, and asks about other classes through a [`ClassHierarchy`].

mod api;
pub mod context;
pub mod error;
mod failure;
pub mod frame;
pub mod hierarchy;
mod inference;
pub mod input;
mod internal_codes;
mod model;
pub mod refmap;
mod stackmap;
mod stackmap_print;
mod typecheck;
pub mod types;

pub use api::{VerifyMode, external_method_name, reference_maps, verify, verify_with_maps};
pub use error::{VerifyError, VerifyErrorKind};
pub use hierarchy::{ClassHierarchy, ClassInfo, MapHierarchy, MemberInfo, MemberKind};
pub use input::ClassInput;
pub use model::{PoolTexts, reference_map, verify_class, verify_class_with_maps};
pub use refmap::{RefMap, RefMaps};
