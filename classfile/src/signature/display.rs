//! Writing signatures back in their class-file form.

use std::fmt::{self, Display, Formatter, Write};

use super::{
    ClassSignature, ClassTypeSignature, JavaTypeSignature, MethodSignature, ReferenceTypeSignature,
    SimpleClassTypeSignature, ThrowsSignature, TypeArgument, TypeParameter,
};

impl Display for JavaTypeSignature {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            JavaTypeSignature::Reference(reference) => reference.fmt(f),
            JavaTypeSignature::Base(base) => f.write_char(base.descriptor_char()),
        }
    }
}

impl Display for ReferenceTypeSignature {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            ReferenceTypeSignature::Class(class) => class.fmt(f),
            ReferenceTypeSignature::TypeVariable(name) => write!(f, "T{name};"),
            ReferenceTypeSignature::Array(component) => write!(f, "[{component}"),
        }
    }
}

impl Display for ClassTypeSignature {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_char('L')?;
        if !self.package.is_empty() {
            f.write_str(&self.package)?;
            f.write_char('/')?;
        }
        for (i, segment) in self.segments.iter().enumerate() {
            if i > 0 {
                f.write_char('.')?;
            }
            segment.fmt(f)?;
        }
        f.write_char(';')
    }
}

impl Display for SimpleClassTypeSignature {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)?;
        if !self.type_arguments.is_empty() {
            f.write_char('<')?;
            for argument in &self.type_arguments {
                argument.fmt(f)?;
            }
            f.write_char('>')?;
        }
        Ok(())
    }
}

impl Display for TypeArgument {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            TypeArgument::Any => f.write_char('*'),
            TypeArgument::Exact(ty) => ty.fmt(f),
            TypeArgument::Extends(ty) => write!(f, "+{ty}"),
            TypeArgument::Super(ty) => write!(f, "-{ty}"),
        }
    }
}

impl Display for TypeParameter {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "{}:", self.name)?;
        if let Some(bound) = &self.class_bound {
            bound.fmt(f)?;
        }
        for bound in &self.interface_bounds {
            write!(f, ":{bound}")?;
        }
        Ok(())
    }
}

fn write_type_parameters(f: &mut Formatter<'_>, parameters: &[TypeParameter]) -> fmt::Result {
    if parameters.is_empty() {
        return Ok(());
    }
    f.write_char('<')?;
    for parameter in parameters {
        parameter.fmt(f)?;
    }
    f.write_char('>')
}

impl Display for ClassSignature {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write_type_parameters(f, &self.type_parameters)?;
        self.superclass.fmt(f)?;
        for interface in &self.interfaces {
            interface.fmt(f)?;
        }
        Ok(())
    }
}

impl Display for ThrowsSignature {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            ThrowsSignature::Class(class) => write!(f, "^{class}"),
            ThrowsSignature::TypeVariable(name) => write!(f, "^T{name};"),
        }
    }
}

impl Display for MethodSignature {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write_type_parameters(f, &self.type_parameters)?;
        f.write_char('(')?;
        for parameter in &self.parameters {
            parameter.fmt(f)?;
        }
        f.write_char(')')?;
        match &self.result {
            Some(result) => result.fmt(f)?,
            None => f.write_char('V')?,
        }
        for thrown in &self.throws {
            thrown.fmt(f)?;
        }
        Ok(())
    }
}
