//! `sun.nio.ch.UnixDomainSockets`'s natives: Unix-domain stream sockets for
//! `SocketChannel`/`ServerSocketChannel` opened with `StandardProtocolFamily.UNIX` (create,
//! bind, connect, accept, local address as path bytes).

use std::io;
use std::mem::{size_of, zeroed};

use runtime::natives::{Env, NativeRegistry};
use runtime::{JResult, Value};

use crate::io_support::{new_byte_array, read_region};
use crate::net_socket::{
    IOS_INTERRUPTED, IOS_UNAVAILABLE, accept_failed, accepted, fd_arg, throw_socket_error,
};

const UDS: &str = "sun/nio/ch/UnixDomainSockets";
const FD: &str = "Ljava/io/FileDescriptor;";

pub(crate) fn register(r: &NativeRegistry) {
    r.register(UDS, "init", "()Z", |_| Ok(Value::Int(1)));
    r.register(UDS, "socket0", "()I", |e| match socket() {
        Ok(fd) => Ok(Value::Int(fd)),
        Err(err) => Err(throw_socket_error(e, &err)),
    });
    r.register(UDS, "bind0", &format!("({FD}[B)V"), bind0);
    r.register(UDS, "connect0", &format!("({FD}[B)I"), connect0);
    r.register(
        UDS,
        "accept0",
        &format!("({FD}{FD}[Ljava/lang/Object;)I"),
        accept0,
    );
    r.register(UDS, "localAddress0", &format!("({FD})[B"), |e| {
        match name(fd_arg(e, 0), Side::Local) {
            Ok((_, path)) => Ok(Value::Ref(Some(new_byte_array(e, &path)?))),
            Err(err) => Err(throw_socket_error(e, &err)),
        }
    });
}

/// The `sockaddr_un` for a path, with its length; `None` if the path does not fit.
fn sockaddr(path: &[u8]) -> Option<(libc::sockaddr_un, libc::socklen_t)> {
    // SAFETY: an all-zero `sockaddr_un` is valid.
    let mut sa: libc::sockaddr_un = unsafe { zeroed() };
    if path.len() >= sa.sun_path.len() {
        return None;
    }
    sa.sun_family = libc::AF_UNIX as libc::sa_family_t;
    for (slot, &b) in sa.sun_path.iter_mut().zip(path) {
        *slot = b as libc::c_char;
    }
    let len = std::mem::offset_of!(libc::sockaddr_un, sun_path) + path.len() + 1;
    Some((sa, len as libc::socklen_t))
}

/// The path bytes of a `sockaddr_un` of length `len` (empty for an unnamed socket).
fn path_of(sa: &libc::sockaddr_un, len: libc::socklen_t) -> Vec<u8> {
    if len as usize <= std::mem::offset_of!(libc::sockaddr_un, sun_path) {
        return Vec::new();
    }
    sa.sun_path
        .iter()
        .take_while(|&&c| c != 0)
        .map(|&c| c as u8)
        .collect()
}

fn check(r: i32) -> io::Result<i32> {
    if r == -1 {
        Err(io::Error::last_os_error())
    } else {
        Ok(r)
    }
}

fn socket() -> io::Result<i32> {
    // SAFETY: no pointers.
    check(unsafe { libc::socket(libc::AF_UNIX, libc::SOCK_STREAM | libc::SOCK_CLOEXEC, 0) })
}

/// `bind` or `connect` to a path.
fn to_path(fd: i32, sa: &libc::sockaddr_un, len: libc::socklen_t, bind: bool) -> io::Result<()> {
    let p = (sa as *const libc::sockaddr_un).cast();
    // SAFETY: `sa` holds `len` bytes of address.
    let r = unsafe {
        if bind {
            libc::bind(fd, p, len)
        } else {
            libc::connect(fd, p, len)
        }
    };
    check(r).map(drop)
}

/// Which address of a Unix-domain socket to read.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Side {
    /// A new connection's peer (`accept`).
    Accepted,
    /// The socket's own (`getsockname`).
    Local,
    /// The connected peer's (`getpeername`).
    Peer,
}

/// `accept`, `getsockname` or `getpeername` on `fd`: the new descriptor (or `fd`) and the
/// path.
pub(crate) fn name(fd: i32, side: Side) -> io::Result<(i32, Vec<u8>)> {
    // SAFETY: an all-zero `sockaddr_un` is valid.
    let mut sa: libc::sockaddr_un = unsafe { zeroed() };
    let mut len = size_of::<libc::sockaddr_un>() as libc::socklen_t;
    let p = (&mut sa as *mut libc::sockaddr_un).cast();
    // SAFETY: `sa` is writable for `len` bytes.
    let r = unsafe {
        match side {
            Side::Accepted => libc::accept4(fd, p, &mut len, libc::SOCK_CLOEXEC),
            Side::Local => libc::getsockname(fd, p, &mut len),
            Side::Peer => libc::getpeername(fd, p, &mut len),
        }
    };
    let result = check(r)?;
    let own = if side == Side::Accepted { result } else { fd };
    Ok((own, path_of(&sa, len)))
}

/// The path bytes of argument `i`, or `SocketException` as libnio throws.
fn path_arg(env: &mut Env<'_>, i: usize) -> JResult<(libc::sockaddr_un, libc::socklen_t)> {
    let Some(array) = env.obj(i) else {
        return Err(env.throw("java/net/SocketException", "Unix domain path not present"));
    };
    let path = read_region(array, 0, array.array_length().max(0) as usize);
    match sockaddr(&path) {
        Some(sa) => Ok(sa),
        None => Err(env.throw("java/net/SocketException", "Unix domain path too long")),
    }
}

fn bind0(env: &mut Env<'_>) -> JResult<Value> {
    let fd = fd_arg(env, 0);
    let (sa, len) = path_arg(env, 1)?;
    match to_path(fd, &sa, len, true) {
        Ok(()) => Ok(Value::Void),
        Err(e) => Err(throw_socket_error(env, &e)),
    }
}

/// `connect0(fd, path)`: 1, `IOS_UNAVAILABLE` or `IOS_INTERRUPTED`.
fn connect0(env: &mut Env<'_>) -> JResult<Value> {
    let fd = fd_arg(env, 0);
    let (sa, len) = path_arg(env, 1)?;
    match env.thread.blocked(|| to_path(fd, &sa, len, false)) {
        Ok(()) => Ok(Value::Int(1)),
        Err(e) => match e.raw_os_error() {
            Some(libc::EINPROGRESS) => Ok(Value::Int(IOS_UNAVAILABLE)),
            Some(libc::EINTR) => Ok(Value::Int(IOS_INTERRUPTED)),
            _ => Err(throw_socket_error(env, &e)),
        },
    }
}

/// `accept0(fd, newfd, array)`: 1 with the new socket and the peer's path bytes in
/// `array[0]`, or `IOS_UNAVAILABLE`/`IOS_INTERRUPTED`.
fn accept0(env: &mut Env<'_>) -> JResult<Value> {
    let fd = fd_arg(env, 0);
    let (new_fd, path) = match env.thread.blocked(|| name(fd, Side::Accepted)) {
        Ok(accepted) => accepted,
        Err(e) => return accept_failed(env, &e),
    };
    let bytes = new_byte_array(env, &path)?;
    Ok(accepted(env, new_fd, bytes))
}
