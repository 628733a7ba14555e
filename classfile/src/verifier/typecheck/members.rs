//! Typing rules of the instructions that name constant-pool entries: `ldc`, field access,
//! invocations (with HotSpot's `invokespecial` and protected-access rules), object and array
//! creation, and switches.

use super::ops::u2;
use super::{Flow, MethodChecker};
use crate::verifier::context::SignatureTypes;
use crate::verifier::error::{ErrorContext, Fault, Origin};
use crate::verifier::failure::Failure;
use crate::verifier::hierarchy::MemberKind;
use crate::verifier::input::{MemberRef, MemberRefKind, PoolItem};
use crate::verifier::types::{VType, from_descriptor};

impl<'c, 'a, 'h> MethodChecker<'c, 'a, 'h> {
    pub(super) fn ldc(&mut self, bci: u16, index: u16, wide_value: bool) -> Result<(), Failure> {
        self.check_cp_index(index, bci)?;
        let item = self.class.item(index);
        let ty = match (item, wide_value) {
            (PoolItem::Integer, false) => VType::Integer,
            (PoolItem::Float, false) => VType::Float,
            (PoolItem::String, false) => VType::Object(self.cx.known.string),
            (PoolItem::Class(_), false) => VType::Object(self.cx.known.class),
            (PoolItem::MethodHandle, false) => VType::Object(self.cx.known.method_handle),
            (PoolItem::MethodType, false) => VType::Object(self.cx.known.method_type),
            (PoolItem::Long, true) => VType::Long,
            (PoolItem::Double, true) => VType::Double,
            (PoolItem::Dynamic(desc), _) => {
                let ty = from_descriptor(desc, &mut self.cx.names, false)
                    .ok_or_else(|| self.illegal_cp_type(index, bci))?;
                if ty.is_category2() != wide_value {
                    return Err(self.illegal_cp_type(index, bci));
                }
                ty
            }
            _ => return Err(self.illegal_cp_type(index, bci)),
        };
        self.frame.push_value(ty)?;
        Ok(())
    }

    fn member_ref(
        &self,
        index: u16,
        bci: u16,
        allowed: &[MemberRefKind],
    ) -> Result<MemberRef<'a>, Failure> {
        self.check_cp_index(index, bci)?;
        match self.class.item(index) {
            PoolItem::Member(m) if allowed.contains(&m.kind) => Ok(m),
            _ => Err(self.illegal_cp_type(index, bci)),
        }
    }

    pub(super) fn field_instruction(&mut self, bci: u16, opcode: u8) -> Result<(), Failure> {
        let index = u2(self.code, bci as usize + 1);
        let field = self.member_ref(index, bci, &[MemberRefKind::Field])?;
        let ref_sym = self.cx.pool_class(field.class_index, field.class);
        let ref_type = VType::Object(ref_sym);
        let is_array = field.class.starts_with('[');
        let allow_arrays = opcode <= 0xb3;
        if is_array && !allow_arrays {
            let ctx = ErrorContext::new(
                bci,
                Fault::WrongType(Origin::constant_pool(index, ref_type), None),
            );
            let msg = format!(
                "Expecting reference to class in class {} at constant pool index {index}",
                self.class.name.replace('/', ".")
            );
            return Err(Failure::verify(msg, Some(ctx)));
        }
        let field_type = self.field_type(index, field.descriptor)?;
        let bad_value = "Bad type in putfield/putstatic";
        let mut value = None;
        let stack_object = match opcode {
            0xb2 => {
                self.frame.push_value(field_type)?;
                return Ok(());
            }
            0xb3 => {
                let found = self.pop_kind(field_type)?;
                return self.check_deferred(field_type, found, bad_value);
            }
            0xb4 => {
                let found = self.pop_kind(ref_type)?;
                self.check_deferred(
                    ref_type,
                    found,
                    "Incompatible type for getting or setting field",
                )?;
                found
            }
            _ => {
                value = Some(self.pop_kind(field_type)?);
                let mut object = self.frame.pop_any()?;
                if self.cx.inference && !object.is_reference() && object != VType::UninitializedThis
                {
                    return Err(Failure::verify(
                        "Expecting to find object/array on stack",
                        None,
                    ));
                }
                if object == VType::UninitializedThis
                    && ref_type == self.this_type
                    && self.class.fields.contains(&(field.name, field.descriptor))
                {
                    object = self.this_type;
                }
                if !self.cx.is_assignable(ref_type, object)? {
                    let ctx = ErrorContext::new(
                        bci,
                        Fault::WrongType(
                            self.frame.stack_top_origin(),
                            Some(Origin::constant_pool(index, ref_type)),
                        ),
                    );
                    return Err(Failure::verify(
                        "Bad type on operand stack in putfield",
                        Some(ctx),
                    ));
                }
                object
            }
        };
        if stack_object != self.this_type
            && self.cx.name_in_supers(ref_sym)?
            && self.cx.is_protected_access(
                ref_sym,
                field.name,
                field.descriptor,
                MemberKind::Field,
            )?
            && !self.cx.assignable(self.this_type, stack_object, true)?
        {
            let found = self.frame.stack_top_origin();
            let fault = Fault::WrongType(found, Some(Origin::implicit(self.this_type)));
            let which = if opcode == 0xb4 {
                "getfield"
            } else {
                "putfield"
            };
            let msg = format!("Bad access to protected data in {which}");
            return Err(Failure::verify(msg, Some(ErrorContext::new(bci, fault))));
        }
        if let Some(found) = value {
            self.check_deferred(field_type, found, bad_value)?;
        }
        if opcode == 0xb4 {
            self.frame.push_value(field_type)?;
        }
        Ok(())
    }

    /// Pops a value of type `expected` (one or two slots). The type checker checks the type
    /// fully here; the old verifier only checks the kind of a reference (that it is one) and
    /// leaves assignability to [`Self::check_deferred`], after all operands are popped.
    pub(crate) fn pop_kind(&mut self, expected: VType) -> Result<VType, Failure> {
        if !self.cx.inference || !matches!(expected, VType::Object(_)) {
            // A field's two halves are popped one by one: the first error is reported.
            if let Some(second) = expected.second_half() {
                self.frame.pop(second, self.cx)?;
            }
            return Ok(self.frame.pop(expected, self.cx)?);
        }
        Ok(self
            .frame
            .pop(VType::Object(self.cx.known.object), self.cx)?)
    }

    /// The old verifier's deferred assignability check of a reference popped by
    /// [`Self::pop_kind`], failing with its message `incompatible`.
    pub(crate) fn check_deferred(
        &mut self,
        expected: VType,
        found: VType,
        incompatible: &str,
    ) -> Result<(), Failure> {
        if self.cx.inference
            && matches!(expected, VType::Object(_))
            && !self.cx.is_assignable(expected, found)?
        {
            return Err(Failure::verify(incompatible, None));
        }
        Ok(())
    }

    /// The verification type of the field descriptor of the field reference at `index`, cached
    /// per class like method signatures.
    fn field_type(&mut self, index: u16, descriptor: &str) -> Result<VType, Failure> {
        if let Some(sig) = self.cx.pool_signature(index) {
            return sig
                .ret
                .ok_or_else(|| Failure::class_format("Invalid field signature"));
        }
        let ty = from_descriptor(descriptor, &mut self.cx.names, false)
            .ok_or_else(|| Failure::class_format("Invalid field signature"))?;
        let sig = SignatureTypes {
            args: Vec::new(),
            ret: Some(ty),
        };
        self.cx.cache_signature(index, std::rc::Rc::new(sig));
        Ok(ty)
    }

    pub(super) fn invoke(&mut self, bci: u16, opcode: u8, in_try: bool) -> Result<(), Failure> {
        let pc = bci as usize;
        let index = u2(self.code, pc + 1);
        let major = self.class.major_version;
        self.check_cp_index(index, bci)?;
        let (method, name, descriptor) = if opcode == 0xba {
            let PoolItem::InvokeDynamic(name, descriptor) = self.class.item(index) else {
                return Err(self.illegal_cp_type(index, bci));
            };
            if major < 51 {
                return Err(Failure::class_format(format!(
                    "invokedynamic instructions not supported by this class file version ({major}), class {}",
                    self.class.name.replace('/', ".")
                )));
            }
            (None, name, descriptor)
        } else {
            let allowed: &[MemberRefKind] = match opcode {
                0xb9 => &[MemberRefKind::InterfaceMethod],
                0xb7 | 0xb8 if major >= 52 => {
                    &[MemberRefKind::Method, MemberRefKind::InterfaceMethod]
                }
                _ => &[MemberRefKind::Method],
            };
            let m = self.member_ref(index, bci, allowed)?;
            (Some(m), m.name, m.descriptor)
        };
        let sig = self.signature(index, descriptor)?;
        let nargs = sig.args.len();
        if opcode == 0xb9 {
            if usize::from(self.code[pc + 3]) != nargs + 1 {
                return Err(Failure::bad_code(
                    bci,
                    "Inconsistent args count operand in invokeinterface",
                ));
            }
            if self.code[pc + 4] != 0 {
                return Err(Failure::bad_code(
                    bci,
                    "Fourth operand byte of invokeinterface must be zero",
                ));
            }
        }
        if opcode == 0xba && (self.code[pc + 3] != 0 || self.code[pc + 4] != 0) {
            return Err(Failure::bad_code(
                bci,
                "Third and fourth operand bytes of invokedynamic must be zero",
            ));
        }
        let ref_sym = method.map(|m| self.cx.pool_class(m.class_index, m.class));
        let ref_type = ref_sym.map(VType::Object);
        if name.starts_with('<') {
            if opcode != 0xb7 || name != "<init>" {
                return Err(Failure::bad_code(bci, "Illegal call to internal method"));
            }
        } else if let (0xb7, Some(m), Some(ref_type), Some(ref_sym)) =
            (opcode, method, ref_type, ref_sym)
        {
            let direct = ref_type == self.this_type
                || self.cx.interfaces.contains(&ref_sym)
                || self.cx.super_class == Some(ref_sym);
            if !direct {
                if !self.cx.is_assignable(ref_type, self.this_type)? {
                    return Err(Failure::bad_code(
                        bci,
                        "Bad invokespecial instruction: current class isn't assignable to reference class.",
                    ));
                }
                if m.kind == MemberRefKind::InterfaceMethod {
                    return Err(Failure::bad_code(
                        bci,
                        "Bad invokespecial instruction: interface method reference is in an indirect superinterface.",
                    ));
                }
            }
        }
        let mut args = Vec::with_capacity(if self.cx.inference { nargs } else { 0 });
        for i in (0..nargs).rev() {
            match sig.args[i] {
                arg @ VType::Object(_) => {
                    let found = self.pop_kind(arg)?;
                    if self.cx.inference {
                        args.push((arg, found));
                    }
                }
                arg => {
                    self.frame.pop(arg, self.cx)?;
                }
            }
        }
        let incompatible = "Incompatible object argument for function call";
        if let (Some(m), Some(ref_type)) = (method, ref_type)
            && opcode != 0xb8
        {
            if name == "<init>" {
                self.invoke_init(bci, index, m, ref_type, in_try)?;
            } else if opcode == 0xb7 {
                if self.cx.inference {
                    let object = self.pop_kind(ref_type)?;
                    self.check_deferred(ref_type, object, incompatible)?;
                    if !self.cx.is_assignable(self.this_type, object)? {
                        let msg = "Incompatible object argument for invokespecial";
                        return Err(Failure::verify(msg, None));
                    }
                } else {
                    self.frame.pop(self.this_type, self.cx)?;
                }
            } else {
                let object = self.pop_kind(ref_type)?;
                self.check_deferred(ref_type, object, incompatible)?;
                if opcode == 0xb6 {
                    self.check_protected_call(bci, m, object)?;
                }
            }
        }
        for (expected, found) in args.into_iter().rev() {
            self.check_deferred(expected, found, "Incompatible argument to function")?;
        }
        if let Some(ret) = sig.ret {
            if name == "<init>" {
                return Err(Failure::bad_code(
                    bci,
                    "Return type must be void in <init> method",
                ));
            }
            self.frame.push_value(ret)?;
        }
        Ok(())
    }

    fn check_protected_call(
        &mut self,
        bci: u16,
        m: MemberRef<'a>,
        object: VType,
    ) -> Result<(), Failure> {
        if object == self.this_type {
            return Ok(());
        }
        let ref_sym = self.cx.pool_class(m.class_index, m.class);
        if !self.cx.name_in_supers(ref_sym)?
            || !self
                .cx
                .is_protected_access(ref_sym, m.name, m.descriptor, MemberKind::Method)?
        {
            return Ok(());
        }
        let object_is_array = matches!(object, VType::Object(s) if self.cx.names.is_array(s));
        if ref_sym == self.cx.known.object && object_is_array && m.name == "clone" {
            return Ok(());
        }
        if !self.cx.assignable(self.this_type, object, true)? {
            let ctx = ErrorContext::new(
                bci,
                Fault::WrongType(
                    self.frame.stack_top_origin(),
                    Some(Origin::implicit(self.this_type)),
                ),
            );
            return Err(Failure::verify(
                "Bad access to protected data in invokevirtual",
                Some(ctx),
            ));
        }
        Ok(())
    }

    fn invoke_init(
        &mut self,
        bci: u16,
        ref_index: u16,
        m: MemberRef<'a>,
        ref_type: VType,
        in_try: bool,
    ) -> Result<(), Failure> {
        let object = if self.cx.inference {
            self.frame.pop_any()?
        } else {
            self.frame.pop(VType::RefCheck, self.cx)?
        };
        match object {
            VType::UninitializedThis => {
                let ref_sym = self.cx.pool_class(m.class_index, m.class);
                // The reference-map analysis of unverified code only tracks that the slot holds
                // a reference (the JDK's serialization constructor accessors call another
                // class's `<init>`).
                if ref_sym != self.cx.this_class
                    && Some(ref_sym) != self.cx.super_class
                    && !self.cx.permissive
                {
                    let ctx = ErrorContext::new(
                        bci,
                        Fault::WrongType(
                            Origin::implicit(ref_type),
                            Some(Origin::implicit(self.this_type)),
                        ),
                    );
                    return Err(Failure::verify("Bad <init> method call", Some(ctx)));
                }
                if in_try {
                    self.check_handlers(bci, true)?;
                }
                self.frame.initialize_object(object, self.this_type);
                self.this_uninit = true;
            }
            VType::Uninitialized(new_offset) => {
                let at = new_offset as usize;
                if at + 3 > self.code.len() || self.code[at] != 0xbb {
                    return Err(Failure::bad_code(new_offset, "Expecting new instruction"));
                }
                let new_index = u2(self.code, at + 1);
                let new_type = self.class_type_at(new_index, bci)?;
                if new_type != ref_type && !self.cx.permissive {
                    let ctx = ErrorContext::new(
                        bci,
                        Fault::WrongType(
                            Origin::constant_pool(new_index, new_type),
                            Some(Origin::constant_pool(ref_index, ref_type)),
                        ),
                    );
                    return Err(Failure::verify("Call to wrong <init> method", Some(ctx)));
                }
                let ref_sym = self.cx.pool_class(m.class_index, m.class);
                if self.cx.name_in_supers(ref_sym)?
                    && self.cx.is_protected_access(
                        ref_sym,
                        "<init>",
                        m.descriptor,
                        MemberKind::Method,
                    )?
                    && !self.cx.assignable(self.this_type, new_type, true)?
                {
                    let ctx = ErrorContext::new(
                        bci,
                        Fault::WrongType(
                            Origin::constant_pool(new_index, new_type),
                            Some(Origin::implicit(self.this_type)),
                        ),
                    );
                    return Err(Failure::verify(
                        "Bad access to protected <init> method",
                        Some(ctx),
                    ));
                }
                if in_try {
                    self.check_handlers(bci, self.this_uninit)?;
                }
                self.frame.initialize_object(object, new_type);
            }
            _ => {
                let ctx =
                    ErrorContext::new(bci, Fault::WrongType(self.frame.stack_top_origin(), None));
                return Err(Failure::verify(
                    "Bad operand type when invoking <init>",
                    Some(ctx),
                ));
            }
        }
        Ok(())
    }

    pub(super) fn new_object(&mut self, bci: u16) -> Result<(), Failure> {
        let index = u2(self.code, bci as usize + 1);
        let ty = self.class_type_at(index, bci)?;
        if matches!(ty, VType::Object(s) if self.cx.names.is_array(s)) {
            let ctx = ErrorContext::new(
                bci,
                Fault::WrongType(Origin::constant_pool(index, ty), None),
            );
            return Err(Failure::verify("Illegal new instruction", Some(ctx)));
        }
        self.frame.push(VType::Uninitialized(bci))?;
        Ok(())
    }

    pub(super) fn newarray_type(&mut self, bci: u16) -> Result<VType, Failure> {
        let name = match self.code[bci as usize + 1] {
            4 => "[Z",
            5 => "[C",
            6 => "[F",
            7 => "[D",
            8 => "[B",
            9 => "[S",
            10 => "[I",
            11 => "[J",
            _ => return Err(Failure::bad_code(bci, "Illegal newarray instruction")),
        };
        Ok(self.class_name_type(name))
    }

    pub(super) fn anewarray(&mut self, bci: u16) -> Result<(), Failure> {
        let index = u2(self.code, bci as usize + 1);
        self.check_cp_index(index, bci)?;
        let Some(component) = self.class.class_name(index) else {
            return Err(self.illegal_cp_type(index, bci));
        };
        self.frame.pop(VType::Integer, self.cx)?;
        if component.len() > 255 && component.as_bytes()[254] == b'[' {
            return Err(Failure::bad_code(
                bci,
                "Illegal anewarray instruction, array has more than 255 dimensions",
            ));
        }
        let array = self.cx.pool_array(index, component);
        self.frame.push(VType::Object(array))?;
        Ok(())
    }

    pub(super) fn multianewarray(&mut self, bci: u16) -> Result<(), Failure> {
        let pc = bci as usize;
        let index = u2(self.code, pc + 1);
        let dims = self.code[pc + 3];
        let ty = self.class_type_at(index, bci)?;
        let Some(name) = self.class.class_name(index).filter(|n| n.starts_with('[')) else {
            let ctx = ErrorContext::new(
                bci,
                Fault::WrongType(Origin::constant_pool(index, ty), None),
            );
            return Err(Failure::verify(
                "Illegal constant pool index in multianewarray instruction",
                Some(ctx),
            ));
        };
        let depth = name.bytes().take_while(|&b| b == b'[').count();
        if dims < 1 || depth < usize::from(dims) {
            return Err(Failure::bad_code(
                bci,
                format!("Illegal dimension in multianewarray instruction: {dims}"),
            ));
        }
        for _ in 0..dims {
            self.frame.pop(VType::Integer, self.cx)?;
        }
        self.frame.push(ty)?;
        Ok(())
    }

    pub(super) fn switch(&mut self, bci: u16, opcode: u8) -> Result<Flow, Failure> {
        let pc = bci as usize;
        let base = (pc + 4) & !3;
        // The raw length may end before the operands HotSpot reads (a negative count): read them
        // only where the code has bytes.
        let code = self.code;
        let word = |at: usize| -> Result<i32, Failure> {
            code.get(at..at + 4)
                .map(|b| i32::from_be_bytes([b[0], b[1], b[2], b[3]]))
                .ok_or_else(|| Failure::bad_code(bci, "Bad instruction"))
        };
        if self.class.major_version < 51 && self.code[pc + 1..base].iter().any(|&b| b != 0) {
            return Err(Failure::bad_code(
                bci,
                "Nonzero padding byte in lookupswitch or tableswitch",
            ));
        }
        let default = word(base)?;
        self.frame.pop(VType::Integer, self.cx)?;
        let mut targets = Vec::new();
        if opcode == 0xaa {
            // The instruction's length was checked (low <= high, the table inside the code).
            let (low, high) = (word(base + 4)?, word(base + 8)?);
            let count = (i64::from(high) - i64::from(low) + 1).max(0);
            for i in 0..count as usize {
                targets.push(word(base + 12 + 4 * i)?);
            }
        } else {
            let pairs = word(base + 4)?.max(0) as usize;
            for i in 0..pairs {
                let key = word(base + 8 + 8 * i)?;
                if i + 1 < pairs && key >= word(base + 16 + 8 * i)? {
                    return Err(Failure::bad_code(bci, "Bad lookupswitch instruction"));
                }
                targets.push(word(base + 12 + 8 * i)?);
            }
        }
        self.check_jump(bci, default)?;
        for offset in targets {
            self.check_jump(bci, offset)?;
        }
        Ok(Flow::Stop)
    }
}
