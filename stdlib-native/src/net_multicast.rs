//! `sun.nio.ch.Net`'s multicast natives (what `DatagramChannel.join` and `MulticastSocket`
//! stand on): joining and leaving groups, with or without a source, blocking sources, and
//! the outgoing interface, for IPv4 (addresses as ints) and IPv6 (interface indexes).

use std::io;
use std::net::{Ipv6Addr, SocketAddr};

use runtime::natives::{Env, NativeRegistry};
use runtime::{JResult, Value};

use crate::io_support::read_region;
use crate::net_os::{get_option, set_option, to_sockaddr};
use crate::net_socket::{IOS_UNAVAILABLE, fd_arg, socket_error_class, throw_socket_error};

const NET: &str = "sun/nio/ch/Net";
const FD: &str = "Ljava/io/FileDescriptor;";

pub(crate) fn register(r: &NativeRegistry) {
    r.register(NET, "joinOrDrop4", &format!("(Z{FD}III)I"), join_or_drop4);
    r.register(
        NET,
        "blockOrUnblock4",
        &format!("(Z{FD}III)I"),
        block_or_unblock4,
    );
    r.register(NET, "joinOrDrop6", &format!("(Z{FD}[BI[B)I"), join_or_drop6);
    r.register(
        NET,
        "blockOrUnblock6",
        &format!("(Z{FD}[BI[B)I"),
        block_or_unblock6,
    );
    r.register(NET, "setInterface4", &format!("({FD}I)V"), |e| {
        let address = in_addr(e.int(1));
        let r = set_option(
            fd_arg(e, 0),
            libc::IPPROTO_IP,
            libc::IP_MULTICAST_IF,
            &address,
        );
        done(e, r)
    });
    r.register(NET, "getInterface4", &format!("({FD})I"), |e| {
        let fd = fd_arg(e, 0);
        match get_option::<libc::in_addr>(fd, libc::IPPROTO_IP, libc::IP_MULTICAST_IF) {
            Ok(a) => Ok(Value::Int(u32::from_be(a.s_addr) as i32)),
            Err(err) => Err(throw_socket_error(e, &err)),
        }
    });
    r.register(NET, "setInterface6", &format!("({FD}I)V"), |e| {
        let index = e.int(1);
        let r = set_option(
            fd_arg(e, 0),
            libc::IPPROTO_IPV6,
            libc::IPV6_MULTICAST_IF,
            &index,
        );
        done(e, r)
    });
    r.register(NET, "getInterface6", &format!("({FD})I"), |e| {
        let fd = fd_arg(e, 0);
        match get_option::<i32>(fd, libc::IPPROTO_IPV6, libc::IPV6_MULTICAST_IF) {
            Ok(index) => Ok(Value::Int(index)),
            Err(err) => Err(throw_socket_error(e, &err)),
        }
    });
}

/// An IPv4 address given as Java's int (host order, most significant byte first).
fn in_addr(bits: i32) -> libc::in_addr {
    libc::in_addr {
        s_addr: (bits as u32).to_be(),
    }
}

fn done(env: &mut Env<'_>, r: io::Result<()>) -> JResult<Value> {
    match r {
        Ok(()) => Ok(Value::Void),
        Err(e) => Err(throw_socket_error(env, &e)),
    }
}

/// libnio's result of a membership change: 0, `IOS_UNAVAILABLE` when joining is not
/// supported, or the socket error with "(setsockopt failed)" after its text.
fn membership_result(env: &mut Env<'_>, r: io::Result<()>, joining: bool) -> JResult<Value> {
    match r {
        Ok(()) => Ok(Value::Int(0)),
        Err(e)
            if joining
                && matches!(e.raw_os_error(), Some(libc::ENOPROTOOPT | libc::EOPNOTSUPP)) =>
        {
            Ok(Value::Int(IOS_UNAVAILABLE))
        }
        Err(e) => {
            let msg = format!("{} (setsockopt failed)", crate::os::error_text(&e));
            Err(env.throw(socket_error_class(&e), &msg))
        }
    }
}

/// `joinOrDrop4(join, fd, group, interf, source)`.
fn join_or_drop4(env: &mut Env<'_>) -> JResult<Value> {
    let (join, fd) = (env.int(0) != 0, fd_arg(env, 1));
    let (group, interface, source) = (in_addr(env.int(2)), in_addr(env.int(3)), env.int(4));
    let r = if source == 0 {
        let request = libc::ip_mreq {
            imr_multiaddr: group,
            imr_interface: interface,
        };
        let opt = if join {
            libc::IP_ADD_MEMBERSHIP
        } else {
            libc::IP_DROP_MEMBERSHIP
        };
        set_option(fd, libc::IPPROTO_IP, opt, &request)
    } else {
        let request = libc::ip_mreq_source {
            imr_multiaddr: group,
            imr_interface: interface,
            imr_sourceaddr: in_addr(source),
        };
        let opt = if join {
            libc::IP_ADD_SOURCE_MEMBERSHIP
        } else {
            libc::IP_DROP_SOURCE_MEMBERSHIP
        };
        set_option(fd, libc::IPPROTO_IP, opt, &request)
    };
    membership_result(env, r, join)
}

/// `blockOrUnblock4(block, fd, group, interf, source)`.
fn block_or_unblock4(env: &mut Env<'_>) -> JResult<Value> {
    let (block, fd) = (env.int(0) != 0, fd_arg(env, 1));
    let request = libc::ip_mreq_source {
        imr_multiaddr: in_addr(env.int(2)),
        imr_interface: in_addr(env.int(3)),
        imr_sourceaddr: in_addr(env.int(4)),
    };
    let opt = if block {
        libc::IP_BLOCK_SOURCE
    } else {
        libc::IP_UNBLOCK_SOURCE
    };
    match set_option(fd, libc::IPPROTO_IP, opt, &request) {
        Ok(()) => Ok(Value::Int(0)),
        Err(e)
            if block && matches!(e.raw_os_error(), Some(libc::ENOPROTOOPT | libc::EOPNOTSUPP)) =>
        {
            Ok(Value::Int(IOS_UNAVAILABLE))
        }
        Err(e) => Err(throw_socket_error(env, &e)),
    }
}

/// The IPv6 address in `byte[]` argument `i` (`None` for `null` or a wrong length).
fn ipv6_arg(env: &Env<'_>, i: usize) -> Option<Ipv6Addr> {
    let array = env.obj(i)?;
    let bytes: [u8; 16] = read_region(array, 0, array.array_length().max(0) as usize)
        .try_into()
        .ok()?;
    Some(Ipv6Addr::from(bytes))
}

/// A `group_source_req` for `group` and `source` on interface `index`.
fn group_source(group: Ipv6Addr, index: i32, source: Ipv6Addr) -> libc::group_source_req {
    let to_storage = |a: Ipv6Addr| to_sockaddr(&SocketAddr::new(a.into(), 0), true).0;
    libc::group_source_req {
        gsr_interface: index as u32,
        gsr_group: to_storage(group),
        gsr_source: to_storage(source),
    }
}

/// `joinOrDrop6(join, fd, group, index, source)`.
fn join_or_drop6(env: &mut Env<'_>) -> JResult<Value> {
    let (join, fd, index) = (env.int(0) != 0, fd_arg(env, 1), env.int(3));
    let Some(group) = ipv6_arg(env, 2) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    let r = match ipv6_arg(env, 4) {
        None => {
            let request = libc::ipv6_mreq {
                ipv6mr_multiaddr: libc::in6_addr {
                    s6_addr: group.octets(),
                },
                ipv6mr_interface: index as u32,
            };
            let opt = if join {
                libc::IPV6_ADD_MEMBERSHIP
            } else {
                libc::IPV6_DROP_MEMBERSHIP
            };
            set_option(fd, libc::IPPROTO_IPV6, opt, &request)
        }
        Some(source) => {
            let opt = if join {
                libc::MCAST_JOIN_SOURCE_GROUP
            } else {
                libc::MCAST_LEAVE_SOURCE_GROUP
            };
            set_option(
                fd,
                libc::IPPROTO_IPV6,
                opt,
                &group_source(group, index, source),
            )
        }
    };
    membership_result(env, r, join)
}

/// `blockOrUnblock6(block, fd, group, index, source)`.
fn block_or_unblock6(env: &mut Env<'_>) -> JResult<Value> {
    let (block, fd, index) = (env.int(0) != 0, fd_arg(env, 1), env.int(3));
    let (Some(group), Some(source)) = (ipv6_arg(env, 2), ipv6_arg(env, 4)) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    let opt = if block {
        libc::MCAST_BLOCK_SOURCE
    } else {
        libc::MCAST_UNBLOCK_SOURCE
    };
    match set_option(
        fd,
        libc::IPPROTO_IPV6,
        opt,
        &group_source(group, index, source),
    ) {
        Ok(()) => Ok(Value::Int(0)),
        Err(e)
            if block && matches!(e.raw_os_error(), Some(libc::ENOPROTOOPT | libc::EOPNOTSUPP)) =>
        {
            Ok(Value::Int(IOS_UNAVAILABLE))
        }
        Err(e) => Err(throw_socket_error(env, &e)),
    }
}
