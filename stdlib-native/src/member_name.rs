//! The `MemberName` of a `StackFrameInfo`: filled as HotSpot's `set_method_and_bci` does, by
//! the runtime's `init_method_MemberName` for the method resolved in its own class, and read
//! back through its `ResolvedMethodName`.

use runtime::JResult;
use runtime::JavaThread;
use runtime::invoke::member_name::{init_method_member, natural_call_kind};
use runtime::klass::Method;
use runtime::natives::Env;
use runtime::oops::ObjRef;
use runtime::thread::Local;

/// Fills the `MemberName` behind `member` for method `m` (HotSpot's `CallInfo(m, holder)`).
pub(crate) fn fill_method_member_name(
    env: &mut Env<'_>,
    member: Local,
    m: &'static Method,
) -> JResult<()> {
    init_method_member(env.thread, member, m, natural_call_kind(m), m.holder())
}

/// The method a `MemberName` filled by [`fill_method_member_name`] stands for.
pub(crate) fn method_of_member_name(
    thread: &JavaThread,
    member: ObjRef,
) -> Option<&'static Method> {
    runtime::invoke::jli_if_ready(&thread.vm)?.member_method(member)
}
