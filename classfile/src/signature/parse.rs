//! A recursive-descent parser for the grammar of JVMS §4.7.9.1.

use super::{
    BaseType, ClassSignature, ClassTypeSignature, JavaTypeSignature, MethodSignature,
    ReferenceTypeSignature, SignatureError, SignatureErrorKind, SimpleClassTypeSignature,
    ThrowsSignature, TypeArgument, TypeParameter,
};

/// How deeply arrays and type arguments may nest before the parser gives up; this bounds the
/// recursion of parsing, printing and dropping a signature whatever the input.
pub(super) const MAX_NESTING: u32 = 1024;

/// The parser's cursor over one signature string.
pub(super) struct Parser<'a> {
    text: &'a str,
    pos: usize,
    depth: u32,
}

type Result<T> = std::result::Result<T, SignatureError>;

/// Whether `b` may not appear in an identifier (JVMS §4.7.9.1: `.`, `;`, `[`, `/`, `<`, `>`,
/// `:`).
fn ends_identifier(b: u8) -> bool {
    matches!(b, b'.' | b';' | b'[' | b'/' | b'<' | b'>' | b':')
}

impl<'a> Parser<'a> {
    pub(super) fn new(text: &'a str) -> Parser<'a> {
        Parser {
            text,
            pos: 0,
            depth: 0,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    /// The error for finding the current character (or the end) where `expected` should be.
    fn unexpected(&self, expected: &'static str) -> SignatureError {
        let kind = match self
            .text
            .get(self.pos..)
            .and_then(|rest| rest.chars().next())
        {
            Some(found) => SignatureErrorKind::UnexpectedCharacter { found, expected },
            None => SignatureErrorKind::UnexpectedEnd { expected },
        };
        SignatureError {
            position: self.pos,
            kind,
        }
    }

    fn expect(&mut self, byte: u8, expected: &'static str) -> Result<()> {
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.unexpected(expected))
        }
    }

    fn finish<T>(&self, value: T) -> Result<T> {
        if self.pos == self.text.len() {
            Ok(value)
        } else {
            Err(SignatureError {
                position: self.pos,
                kind: SignatureErrorKind::TrailingCharacters,
            })
        }
    }

    fn enter(&mut self) -> Result<()> {
        if self.depth >= MAX_NESTING {
            return Err(SignatureError {
                position: self.pos,
                kind: SignatureErrorKind::NestingTooDeep,
            });
        }
        self.depth += 1;
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    /// A non-empty identifier; delimiters are ASCII, so the slice ends on a char boundary.
    fn identifier(&mut self) -> Result<&'a str> {
        let start = self.pos;
        let bytes = self.text.as_bytes();
        let mut end = start;
        while end < bytes.len() && !ends_identifier(bytes[end]) {
            end += 1;
        }
        if end == start {
            return Err(self.unexpected("an identifier"));
        }
        self.pos = end;
        Ok(&self.text[start..end])
    }

    pub(super) fn field_signature(mut self) -> Result<ReferenceTypeSignature> {
        let ty = self.reference_type()?;
        self.finish(ty)
    }

    pub(super) fn class_signature(mut self) -> Result<ClassSignature> {
        let type_parameters = self.type_parameters()?;
        let superclass = self.class_type()?;
        let mut interfaces = Vec::new();
        while self.pos < self.text.len() {
            interfaces.push(self.class_type()?);
        }
        self.finish(ClassSignature {
            type_parameters,
            superclass,
            interfaces,
        })
    }

    pub(super) fn method_signature(mut self) -> Result<MethodSignature> {
        let type_parameters = self.type_parameters()?;
        self.expect(b'(', "'('")?;
        let mut parameters = Vec::new();
        while self.peek() != Some(b')') {
            parameters.push(self.java_type("a parameter type or ')'")?);
        }
        self.pos += 1;
        let result = if self.peek() == Some(b'V') {
            self.pos += 1;
            None
        } else {
            Some(self.java_type("a result type")?)
        };
        let mut throws = Vec::new();
        while self.peek().is_some() {
            self.expect(b'^', "'^'")?;
            throws.push(match self.peek() {
                Some(b'L') => ThrowsSignature::Class(self.class_type()?),
                Some(b'T') => ThrowsSignature::TypeVariable(self.type_variable()?),
                _ => return Err(self.unexpected("a class type or type variable")),
            });
        }
        self.finish(MethodSignature {
            type_parameters,
            parameters,
            result,
            throws,
        })
    }

    /// `[TypeParameters]`: nothing unless the next character is `<`.
    fn type_parameters(&mut self) -> Result<Vec<TypeParameter>> {
        let mut parameters = Vec::new();
        if self.peek() != Some(b'<') {
            return Ok(parameters);
        }
        self.pos += 1;
        loop {
            let name = self.identifier()?.to_owned();
            self.expect(b':', "':'")?;
            let class_bound = match self.peek() {
                Some(b'L' | b'T' | b'[') => Some(self.reference_type()?),
                _ => None,
            };
            let mut interface_bounds = Vec::new();
            while self.peek() == Some(b':') {
                self.pos += 1;
                interface_bounds.push(self.reference_type()?);
            }
            parameters.push(TypeParameter {
                name,
                class_bound,
                interface_bounds,
            });
            if self.peek() == Some(b'>') {
                self.pos += 1;
                return Ok(parameters);
            }
        }
    }

    /// `JavaTypeSignature`: a reference type or a base type.
    fn java_type(&mut self, expected: &'static str) -> Result<JavaTypeSignature> {
        match self.peek() {
            Some(b'L' | b'T' | b'[') => Ok(JavaTypeSignature::Reference(self.reference_type()?)),
            Some(b) => match BaseType::from_char(b) {
                Some(base) => {
                    self.pos += 1;
                    Ok(JavaTypeSignature::Base(base))
                }
                None => Err(self.unexpected(expected)),
            },
            None => Err(self.unexpected(expected)),
        }
    }

    fn reference_type(&mut self) -> Result<ReferenceTypeSignature> {
        match self.peek() {
            Some(b'L') => Ok(ReferenceTypeSignature::Class(self.class_type()?)),
            Some(b'T') => Ok(ReferenceTypeSignature::TypeVariable(self.type_variable()?)),
            Some(b'[') => {
                self.enter()?;
                self.pos += 1;
                let component = self.java_type("an array component type");
                self.leave();
                Ok(ReferenceTypeSignature::Array(Box::new(component?)))
            }
            _ => Err(self.unexpected("a reference type")),
        }
    }

    fn type_variable(&mut self) -> Result<String> {
        self.expect(b'T', "'T'")?;
        let name = self.identifier()?.to_owned();
        self.expect(b';', "';'")?;
        Ok(name)
    }

    /// `ClassTypeSignature`: `L` package/Name<args>.Inner<args>`;`.
    fn class_type(&mut self) -> Result<ClassTypeSignature> {
        self.expect(b'L', "a class type")?;
        let start = self.pos;
        let mut name = self.identifier()?;
        while self.peek() == Some(b'/') {
            self.pos += 1;
            name = self.identifier()?;
        }
        let name_start = self.pos - name.len();
        let package = if name_start > start {
            self.text[start..name_start - 1].to_owned()
        } else {
            String::new()
        };
        let mut segments = vec![SimpleClassTypeSignature {
            name: name.to_owned(),
            type_arguments: self.type_arguments()?,
        }];
        while self.peek() == Some(b'.') {
            self.pos += 1;
            let name = self.identifier()?.to_owned();
            segments.push(SimpleClassTypeSignature {
                name,
                type_arguments: self.type_arguments()?,
            });
        }
        self.expect(b';', "';'")?;
        Ok(ClassTypeSignature { package, segments })
    }

    /// `[TypeArguments]`: nothing unless the next character is `<`; otherwise at least one.
    fn type_arguments(&mut self) -> Result<Vec<TypeArgument>> {
        let mut arguments = Vec::new();
        if self.peek() != Some(b'<') {
            return Ok(arguments);
        }
        self.enter()?;
        self.pos += 1;
        let parsed = self.type_argument_list(&mut arguments);
        self.leave();
        parsed.map(|()| arguments)
    }

    fn type_argument_list(&mut self, arguments: &mut Vec<TypeArgument>) -> Result<()> {
        loop {
            let argument = match self.peek() {
                Some(b'*') => {
                    self.pos += 1;
                    TypeArgument::Any
                }
                Some(b'+') => {
                    self.pos += 1;
                    TypeArgument::Extends(self.reference_type()?)
                }
                Some(b'-') => {
                    self.pos += 1;
                    TypeArgument::Super(self.reference_type()?)
                }
                Some(b'L' | b'T' | b'[') => TypeArgument::Exact(self.reference_type()?),
                _ => return Err(self.unexpected("a type argument")),
            };
            arguments.push(argument);
            if self.peek() == Some(b'>') {
                self.pos += 1;
                return Ok(());
            }
        }
    }
}
