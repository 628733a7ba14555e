//! `sun.nio.ch.InheritedChannel`'s natives, behind `System.inheritedChannel()`: what kind of
//! socket (if any) standard input is, its family and peer, and the descriptor juggling the
//! JDK does to take it over.

use runtime::natives::{Env, NativeRegistry};
use runtime::{JResult, Value};

use crate::io_support::{new_byte_array, path_arg, throw_io};
use crate::net_inet::new_inet_address;
use crate::net_os;
use crate::net_unix::{Side, name};

const INHERITED: &str = "sun/nio/ch/InheritedChannel";
/// `InheritedChannel`'s socket kinds and families.
const UNKNOWN: i32 = -1;
const SOCK_STREAM: i32 = 1;
const SOCK_DGRAM: i32 = 2;
const AF_INET: i32 = 1;
const AF_INET6: i32 = 2;
const AF_UNIX: i32 = 3;
/// `InheritedChannel`'s open modes.
const O_RDONLY: i32 = 0;
const O_WRONLY: i32 = 1;
const O_RDWR: i32 = 2;

pub(crate) fn register(r: &NativeRegistry) {
    r.register(INHERITED, "initIDs", "()V", |_| Ok(Value::Void));
    r.register(INHERITED, "soType0", "(I)I", |e| {
        let kind = net_os::get_int_option(e.int(0), libc::SOL_SOCKET, libc::SO_TYPE);
        Ok(Value::Int(match kind {
            Ok(libc::SOCK_STREAM) => SOCK_STREAM,
            Ok(libc::SOCK_DGRAM) => SOCK_DGRAM,
            _ => UNKNOWN,
        }))
    });
    r.register(INHERITED, "addressFamily", "(I)I", |e| {
        Ok(Value::Int(family(e.int(0)).unwrap_or(UNKNOWN)))
    });
    r.register(INHERITED, "isConnected", "(I)Z", |e| {
        Ok(Value::Int(net_os::address(e.int(0), true).is_ok().into()))
    });
    r.register(
        INHERITED,
        "inetPeerAddress0",
        "(I)Ljava/net/InetAddress;",
        |e| match inet_peer(e.int(0)) {
            Some(peer) => Ok(Value::Ref(Some(new_inet_address(e, peer.ip(), None)?))),
            None => Ok(Value::Ref(None)),
        },
    );
    r.register(INHERITED, "peerPort0", "(I)I", |e| {
        Ok(Value::Int(
            inet_peer(e.int(0)).map_or(-1, |p| i32::from(p.port())),
        ))
    });
    r.register(INHERITED, "unixPeerAddress0", "(I)[B", |e| {
        let fd = e.int(0);
        if family(fd) != Some(AF_UNIX) {
            return Ok(Value::Ref(None));
        }
        match name(fd, Side::Peer) {
            Ok((_, path)) => Ok(Value::Ref(Some(new_byte_array(e, &path)?))),
            Err(_) => Ok(Value::Ref(None)),
        }
    });
    r.register(INHERITED, "dup", "(I)I", |e| {
        match crate::nio_os::dup(e.int(0)) {
            Ok(fd) => Ok(Value::Int(fd)),
            Err(err) => Err(throw_io(e, &err)),
        }
    });
    r.register(INHERITED, "dup2", "(II)V", |e| {
        match crate::nio_os::dup2(e.int(0), e.int(1)) {
            Ok(()) => Ok(Value::Void),
            Err(err) => Err(throw_io(e, &err)),
        }
    });
    r.register(INHERITED, "open0", "(Ljava/lang/String;I)I", open0);
    r.register(INHERITED, "close0", "(I)V", |e| {
        match crate::os::close(e.int(0)) {
            Ok(()) => Ok(Value::Void),
            Err(err) => Err(throw_io(e, &err)),
        }
    });
}

/// The `InheritedChannel` family of a socket (`SO_DOMAIN`), `None` if it is none.
fn family(fd: i32) -> Option<i32> {
    match net_os::get_int_option(fd, libc::SOL_SOCKET, libc::SO_DOMAIN).ok()? {
        libc::AF_INET => Some(AF_INET),
        libc::AF_INET6 => Some(AF_INET6),
        libc::AF_UNIX => Some(AF_UNIX),
        _ => None,
    }
}

/// The peer of an IPv4 or IPv6 socket.
fn inet_peer(fd: i32) -> Option<std::net::SocketAddr> {
    matches!(family(fd), Some(AF_INET | AF_INET6))
        .then(|| net_os::address(fd, true).ok())
        .flatten()
}

/// `open0(path, mode)`: opens a file (`/dev/null` for the streams the JDK takes over).
fn open0(env: &mut Env<'_>) -> JResult<Value> {
    let flags = match env.int(1) {
        O_RDONLY => libc::O_RDONLY,
        O_WRONLY => libc::O_WRONLY,
        O_RDWR => libc::O_RDWR,
        _ => return Err(env.throw("java/lang/InternalError", "Unrecognized file mode")),
    };
    let Some(path) = path_arg(env, 0) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    match crate::os::open(&path, flags, 0) {
        Ok(fd) => Ok(Value::Int(fd)),
        Err(e) => Err(throw_io(env, &e)),
    }
}
