//! Attributes that HotSpot keeps as opaque bytes at load time (annotations, stack maps, module
//! descriptions) and decodes only when asked. They are kept borrowed here too and decoded into
//! typed structures on demand, so a malformed annotation fails where Java would fail (reflection),
//! not at class load.

/// Declares a borrowed, lazily decoded attribute body.
macro_rules! raw_attribute {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct $name<'a> {
            /// The attribute's `info` bytes.
            pub bytes: &'a [u8],
        }
    };
}

raw_attribute! {
    /// A `RuntimeVisibleAnnotations` or `RuntimeInvisibleAnnotations` attribute.
    Annotations
}

raw_attribute! {
    /// A `RuntimeVisibleParameterAnnotations` or `RuntimeInvisibleParameterAnnotations` attribute.
    ParameterAnnotations
}

raw_attribute! {
    /// A `RuntimeVisibleTypeAnnotations` or `RuntimeInvisibleTypeAnnotations` attribute.
    TypeAnnotations
}

raw_attribute! {
    /// An `AnnotationDefault` attribute: one `element_value`.
    AnnotationDefault
}

raw_attribute! {
    /// A `StackMapTable` attribute.
    StackMapTable
}
