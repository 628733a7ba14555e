//! Decoding of the `StackMapTable` attribute into full frames (JVMS §4.7.4), each expanded
//! relative to the previous one, the first relative to the method's implicit initial frame.

use super::context::ClassContext;
use super::error::{ErrorContext, Fault};
use super::failure::Failure;
use super::frame::Frame;
use super::input::ClassInput;
use super::types::VType;

/// What each code offset is, for checking offsets named by the stack map.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CodeMark {
    /// Not the start of an instruction.
    None,
    /// The start of an instruction.
    Instruction,
    /// The start of a `new` instruction.
    New,
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn u1(&mut self) -> Result<u8, Failure> {
        let b = *self.data.get(self.pos).ok_or_else(beyond_end)?;
        self.pos += 1;
        Ok(b)
    }

    fn u2(&mut self) -> Result<u16, Failure> {
        let bytes = self
            .data
            .get(self.pos..self.pos + 2)
            .ok_or_else(beyond_end)?;
        self.pos += 2;
        Ok(u16::from_be_bytes([bytes[0], bytes[1]]))
    }
}

fn beyond_end() -> Failure {
    Failure::stackmap_format("access beyond the end of attribute")
}

fn bad_array_size() -> Failure {
    Failure::class_format("StackMapTable format error: bad type array size")
}

/// Parses the stack map frames of a method.
pub fn parse(
    data: &[u8],
    initial: &Frame,
    marks: &[CodeMark],
    class: &ClassInput<'_>,
    cx: &mut ClassContext<'_>,
) -> Result<Vec<Frame>, Failure> {
    let mut reader = Reader { data, pos: 0 };
    let count = reader.u2()?;
    let mut frames: Vec<Frame> = Vec::with_capacity(count as usize);
    for i in 0..count {
        let previous = frames.last().unwrap_or(initial);
        let frame = next_frame(&mut reader, previous, i == 0, marks, class, cx)?;
        let offset = frame.offset as usize;
        if marks.get(offset).is_none_or(|m| *m == CodeMark::None) {
            let ctx = ErrorContext::new(i, Fault::BadStackmap(frame.clone()));
            return Err(Failure::verify(
                "StackMapTable error: bad offset",
                Some(ctx),
            ));
        }
        frames.push(frame);
    }
    if reader.pos != data.len() {
        return Err(Failure::stackmap_format("wrong attribute size"));
    }
    Ok(frames)
}

fn parse_type(
    reader: &mut Reader<'_>,
    marks: &[CodeMark],
    class: &ClassInput<'_>,
    cx: &mut ClassContext<'_>,
) -> Result<VType, Failure> {
    Ok(match reader.u1()? {
        0 => VType::Top,
        1 => VType::Integer,
        2 => VType::Float,
        3 => VType::Double,
        4 => VType::Long,
        5 => VType::Null,
        6 => VType::UninitializedThis,
        7 => {
            let index = reader.u2()?;
            let name = class
                .class_name(index)
                .ok_or_else(|| Failure::stackmap_format("bad class index"))?;
            VType::Object(cx.pool_class(index, name))
        }
        8 => {
            let offset = reader.u2()?;
            if marks.get(offset as usize) != Some(&CodeMark::New) {
                return Err(Failure::class_format(
                    "StackMapTable format error: bad offset for Uninitialized",
                ));
            }
            VType::Uninitialized(offset)
        }
        _ => return Err(Failure::stackmap_format("bad verification type")),
    })
}

/// Parses `count` types onto `slots`, which may hold at most `max`. As in HotSpot, a
/// class-format error about one type (a bad `Uninitialized` offset) does not stop the list: a
/// later malformed type that throws takes precedence, then a list too long for `max`, and
/// otherwise the last such error is reported after the list.
fn parse_types(
    reader: &mut Reader<'_>,
    count: usize,
    max: usize,
    slots: &mut Vec<VType>,
    marks: &[CodeMark],
    class: &ClassInput<'_>,
    cx: &mut ClassContext<'_>,
) -> Result<bool, Failure> {
    let mut recorded = None;
    let mut this_uninit = false;
    for _ in 0..count {
        match parse_type(reader, marks, class, cx) {
            Ok(ty) => {
                this_uninit |= ty == VType::UninitializedThis;
                append(slots, ty);
            }
            Err(
                f @ Failure::Format {
                    in_method: true, ..
                },
            ) => {
                recorded = Some(f);
                slots.push(VType::Top);
            }
            Err(thrown) => return Err(thrown),
        }
    }
    if slots.len() > max {
        return Err(bad_array_size());
    }
    match recorded {
        Some(f) => Err(f),
        None => Ok(this_uninit),
    }
}

/// Appends a type (and its second half) to `slots`.
fn append(slots: &mut Vec<VType>, ty: VType) {
    slots.push(ty);
    if let Some(second) = ty.second_half() {
        slots.push(second);
    }
}

fn build(
    offset: u16,
    flag_this_uninit: bool,
    locals: &[VType],
    stack: &[VType],
    max_locals: usize,
    max_stack: usize,
) -> Result<Frame, Failure> {
    if locals.len() > max_locals || stack.len() > max_stack {
        return Err(bad_array_size());
    }
    let mut frame = Frame::new(max_locals, max_stack);
    frame.offset = offset;
    frame.flag_this_uninit = flag_this_uninit;
    frame.locals[..locals.len()].copy_from_slice(locals);
    frame.locals_size = locals.len();
    frame.stack[..stack.len()].copy_from_slice(stack);
    frame.stack_size = stack.len();
    frame.stack_mark = stack.len();
    Ok(frame)
}

fn next_frame(
    reader: &mut Reader<'_>,
    previous: &Frame,
    first: bool,
    marks: &[CodeMark],
    class: &ClassInput<'_>,
    cx: &mut ClassContext<'_>,
) -> Result<Frame, Failure> {
    let (max_locals, max_stack) = (previous.locals.len(), previous.stack.len());
    let frame_type = reader.u1()?;
    let offset_for = |delta: u16| -> u16 {
        if first {
            delta
        } else {
            previous.offset.wrapping_add(delta).wrapping_add(1)
        }
    };
    let prev_locals = previous.locals_slice();
    let flags = previous.flag_this_uninit;
    match frame_type {
        0..=63 => build(
            offset_for(frame_type.into()),
            flags,
            prev_locals,
            &[],
            max_locals,
            max_stack,
        ),
        64..=127 | 247 => {
            let delta = if frame_type == 247 {
                reader.u2()?
            } else {
                u16::from(frame_type - 64)
            };
            let mut stack = Vec::with_capacity(2);
            append(&mut stack, parse_type(reader, marks, class, cx)?);
            build(
                offset_for(delta),
                flags,
                prev_locals,
                &stack,
                max_locals,
                max_stack,
            )
        }
        128..=246 => {
            reader.u2()?;
            Err(Failure::stackmap_format("reserved frame type"))
        }
        248..=251 => {
            let delta = reader.u2()?;
            let chops = usize::from(251 - frame_type);
            let mut length = prev_locals.len();
            for _ in 0..chops {
                if length == 0 {
                    return Err(bad_array_size());
                }
                length -= if length >= 2 && prev_locals[length - 1].is_category2_2nd() {
                    2
                } else {
                    1
                };
            }
            let locals = &prev_locals[..length];
            let flags = if chops == 0 {
                flags
            } else {
                locals.contains(&VType::UninitializedThis)
            };
            build(offset_for(delta), flags, locals, &[], max_locals, max_stack)
        }
        252..=254 => {
            let delta = reader.u2()?;
            let mut locals = prev_locals.to_vec();
            let appended = usize::from(frame_type - 251);
            let flags =
                flags | parse_types(reader, appended, max_locals, &mut locals, marks, class, cx)?;
            build(
                offset_for(delta),
                flags,
                &locals,
                &[],
                max_locals,
                max_stack,
            )
        }
        255 => {
            let delta = reader.u2()?;
            let mut locals = Vec::new();
            let count = reader.u2()?.into();
            let flags = parse_types(reader, count, max_locals, &mut locals, marks, class, cx)?;
            let mut stack = Vec::new();
            let count = reader.u2()?.into();
            parse_types(reader, count, max_stack, &mut stack, marks, class, cx)?;
            build(
                offset_for(delta),
                flags,
                &locals,
                &stack,
                max_locals,
                max_stack,
            )
        }
    }
}
