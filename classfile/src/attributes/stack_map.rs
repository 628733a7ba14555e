//! The `StackMapTable` attribute (JVMS §4.7.4), decoded on demand (by the verifier).

use super::{Cursor, DecodeError, DecodeErrorKind, StackMapTable};

/// A `verification_type_info`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VerificationType {
    /// `Top` (0).
    Top,
    /// `Integer` (1).
    Integer,
    /// `Float` (2).
    Float,
    /// `Double` (3); the next local slot is implicitly `Top`.
    Double,
    /// `Long` (4); the next local slot is implicitly `Top`.
    Long,
    /// `Null` (5).
    Null,
    /// `UninitializedThis` (6).
    UninitializedThis,
    /// `Object` (7): a `Class` constant-pool index.
    Object(u16),
    /// `Uninitialized` (8): offset of the `new` instruction.
    Uninitialized(u16),
}

/// One stack map frame. `offset_delta` is as written (the first frame's offset is
/// `offset_delta`, later ones `previous + offset_delta + 1`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StackMapFrame {
    /// `same_frame` (0–63).
    Same {
        /// The offset delta (= frame type).
        offset_delta: u16,
    },
    /// `same_locals_1_stack_item_frame` (64–127).
    SameLocals1StackItem {
        /// The offset delta (= frame type − 64).
        offset_delta: u16,
        /// The one stack item.
        stack: VerificationType,
    },
    /// `same_locals_1_stack_item_frame_extended` (247).
    SameLocals1StackItemExtended {
        /// The offset delta.
        offset_delta: u16,
        /// The one stack item.
        stack: VerificationType,
    },
    /// `chop_frame` (248–250): the last `chopped` locals are absent.
    Chop {
        /// The offset delta.
        offset_delta: u16,
        /// 1 to 3 (= 251 − frame type).
        chopped: u8,
    },
    /// `same_frame_extended` (251).
    SameExtended {
        /// The offset delta.
        offset_delta: u16,
    },
    /// `append_frame` (252–254): 1 to 3 more locals.
    Append {
        /// The offset delta.
        offset_delta: u16,
        /// The added locals.
        locals: Vec<VerificationType>,
    },
    /// `full_frame` (255).
    Full {
        /// The offset delta.
        offset_delta: u16,
        /// All locals.
        locals: Vec<VerificationType>,
        /// The whole operand stack.
        stack: Vec<VerificationType>,
    },
}

impl StackMapFrame {
    /// The frame's offset delta.
    pub fn offset_delta(&self) -> u16 {
        match *self {
            StackMapFrame::Same { offset_delta }
            | StackMapFrame::SameLocals1StackItem { offset_delta, .. }
            | StackMapFrame::SameLocals1StackItemExtended { offset_delta, .. }
            | StackMapFrame::Chop { offset_delta, .. }
            | StackMapFrame::SameExtended { offset_delta }
            | StackMapFrame::Append { offset_delta, .. }
            | StackMapFrame::Full { offset_delta, .. } => offset_delta,
        }
    }
}

fn verification_type(c: &mut Cursor<'_>) -> Result<VerificationType, DecodeError> {
    let tag = c.u1()?;
    Ok(match tag {
        0 => VerificationType::Top,
        1 => VerificationType::Integer,
        2 => VerificationType::Float,
        3 => VerificationType::Double,
        4 => VerificationType::Long,
        5 => VerificationType::Null,
        6 => VerificationType::UninitializedThis,
        7 => VerificationType::Object(c.u2()?),
        8 => VerificationType::Uninitialized(c.u2()?),
        _ => {
            c.pos -= 1;
            return Err(c.error(DecodeErrorKind::BadTag(tag)));
        }
    })
}

fn types(c: &mut Cursor<'_>, n: usize) -> Result<Vec<VerificationType>, DecodeError> {
    let mut v = Vec::with_capacity(n.min(1024));
    for _ in 0..n {
        v.push(verification_type(c)?);
    }
    Ok(v)
}

fn frame(c: &mut Cursor<'_>) -> Result<StackMapFrame, DecodeError> {
    let frame_type = c.u1()?;
    let t = u16::from(frame_type);
    Ok(match frame_type {
        0..=63 => StackMapFrame::Same { offset_delta: t },
        64..=127 => StackMapFrame::SameLocals1StackItem {
            offset_delta: t - 64,
            stack: verification_type(c)?,
        },
        247 => StackMapFrame::SameLocals1StackItemExtended {
            offset_delta: c.u2()?,
            stack: verification_type(c)?,
        },
        248..=250 => StackMapFrame::Chop {
            offset_delta: c.u2()?,
            chopped: 251 - frame_type,
        },
        251 => StackMapFrame::SameExtended {
            offset_delta: c.u2()?,
        },
        252..=254 => {
            let offset_delta = c.u2()?;
            StackMapFrame::Append {
                offset_delta,
                locals: types(c, usize::from(frame_type - 251))?,
            }
        }
        255 => {
            let offset_delta = c.u2()?;
            let n = usize::from(c.u2()?);
            let locals = types(c, n)?;
            let n = usize::from(c.u2()?);
            StackMapFrame::Full {
                offset_delta,
                locals,
                stack: types(c, n)?,
            }
        }
        _ => {
            c.pos -= 1;
            return Err(c.error(DecodeErrorKind::BadTag(frame_type)));
        }
    })
}

impl StackMapTable<'_> {
    /// The declared number of frames.
    pub fn declared_frames(&self) -> Option<u16> {
        self.bytes
            .get(..2)
            .map(|b| u16::from_be_bytes([b[0], b[1]]))
    }

    /// Decodes every frame; the body must hold exactly the declared number of frames.
    pub fn parse(&self) -> Result<Vec<StackMapFrame>, DecodeError> {
        let mut c = Cursor::new(self.bytes, "StackMapTable");
        let n = c.u2()?;
        let mut frames = Vec::with_capacity(usize::from(n).min(4096));
        for _ in 0..n {
            frames.push(frame(&mut c)?);
        }
        c.finish()?;
        Ok(frames)
    }
}
