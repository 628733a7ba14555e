//! `jdk.net.LinuxSocketOptions`'s natives (module `jdk.net`), which the JDK's networking
//! code loads when it starts: TCP keep-alive parameters, `TCP_QUICKACK`, `SO_PEERCRED` and
//! `SO_INCOMING_NAPI_ID`, on descriptors.

use runtime::natives::{Env, NativeRegistry};
use runtime::{JResult, Value};

use crate::net_os;

const OPTIONS: &str = "jdk/net/LinuxSocketOptions";

pub(crate) fn register(r: &NativeRegistry) {
    r.register(OPTIONS, "keepAliveOptionsSupported0", "()Z", |_| {
        Ok(Value::Int(
            probe(libc::IPPROTO_TCP, libc::TCP_KEEPIDLE).into(),
        ))
    });
    r.register(OPTIONS, "quickAckSupported0", "()Z", |_| {
        Ok(Value::Int(
            probe(libc::IPPROTO_TCP, libc::TCP_QUICKACK).into(),
        ))
    });
    r.register(OPTIONS, "incomingNapiIdSupported0", "()Z", |_| {
        Ok(Value::Int(
            probe(libc::SOL_SOCKET, libc::SO_INCOMING_NAPI_ID).into(),
        ))
    });
    r.register(OPTIONS, "setTcpKeepAliveProbes0", "(II)V", |e| {
        set(e, libc::IPPROTO_TCP, libc::TCP_KEEPCNT, "TCP_KEEPCNT")
    });
    r.register(OPTIONS, "setTcpKeepAliveTime0", "(II)V", |e| {
        set(e, libc::IPPROTO_TCP, libc::TCP_KEEPIDLE, "TCP_KEEPIDLE")
    });
    r.register(OPTIONS, "setTcpKeepAliveIntvl0", "(II)V", |e| {
        set(e, libc::IPPROTO_TCP, libc::TCP_KEEPINTVL, "TCP_KEEPINTVL")
    });
    r.register(OPTIONS, "getTcpKeepAliveProbes0", "(I)I", |e| {
        get(e, libc::IPPROTO_TCP, libc::TCP_KEEPCNT, "TCP_KEEPCNT")
    });
    r.register(OPTIONS, "getTcpKeepAliveTime0", "(I)I", |e| {
        get(e, libc::IPPROTO_TCP, libc::TCP_KEEPIDLE, "TCP_KEEPIDLE")
    });
    r.register(OPTIONS, "getTcpKeepAliveIntvl0", "(I)I", |e| {
        get(e, libc::IPPROTO_TCP, libc::TCP_KEEPINTVL, "TCP_KEEPINTVL")
    });
    r.register(OPTIONS, "setQuickAck0", "(IZ)V", |e| {
        set(e, libc::IPPROTO_TCP, libc::TCP_QUICKACK, "TCP_QUICKACK")
    });
    r.register(OPTIONS, "getQuickAck0", "(I)Z", |e| {
        get(e, libc::IPPROTO_TCP, libc::TCP_QUICKACK, "TCP_QUICKACK")
            .map(|v| Value::Int(i32::from(matches!(v, Value::Int(n) if n != 0))))
    });
    r.register(OPTIONS, "getIncomingNapiId0", "(I)I", |e| {
        get(
            e,
            libc::SOL_SOCKET,
            libc::SO_INCOMING_NAPI_ID,
            "SO_INCOMING_NAPI_ID",
        )
    });
    r.register(OPTIONS, "getSoPeerCred0", "(I)J", peer_credentials);
}

/// Whether an option can be read on a new TCP socket.
fn probe(level: i32, name: i32) -> bool {
    let Ok(fd) = net_os::socket(false, true) else {
        return false;
    };
    let ok = net_os::get_int_option(fd, level, name).is_ok();
    let _ = crate::os::close(fd);
    ok
}

/// libextnet's errors: `UnsupportedOperationException` for an option the protocol lacks,
/// else `SocketException` naming the failed call.
fn throw(env: &mut Env<'_>, e: &std::io::Error, what: &str) -> runtime::Thrown {
    if e.raw_os_error() == Some(libc::ENOPROTOOPT) {
        return env.throw(
            "java/lang/UnsupportedOperationException",
            "unsupported socket option",
        );
    }
    env.throw("java/net/SocketException", &format!("{what} failed"))
}

fn set(env: &mut Env<'_>, level: i32, name: i32, what: &str) -> JResult<Value> {
    match net_os::set_int_option(env.int(0), level, name, env.int(1)) {
        Ok(()) => Ok(Value::Void),
        Err(e) => Err(throw(env, &e, &format!("set option {what}"))),
    }
}

fn get(env: &mut Env<'_>, level: i32, name: i32, what: &str) -> JResult<Value> {
    match net_os::get_int_option(env.int(0), level, name) {
        Ok(v) => Ok(Value::Int(v)),
        Err(e) => Err(throw(env, &e, &format!("get option {what}"))),
    }
}

/// `getSoPeerCred0(fd)`: the peer's user id in the high half, its group id in the low.
fn peer_credentials(env: &mut Env<'_>) -> JResult<Value> {
    match net_os::peer_credentials(env.int(0)) {
        Ok((uid, gid)) => Ok(Value::Long((i64::from(uid) << 32) | i64::from(gid))),
        Err(e) => Err(throw(env, &e, "get option SO_PEERCRED")),
    }
}
