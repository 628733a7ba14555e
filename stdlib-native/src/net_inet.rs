//! `java.net` address natives (`InetAddress`, `Inet4Address`, `Inet6Address`,
//! `Inet4AddressImpl`/`Inet6AddressImpl`: host name, forward and reverse lookups) and the
//! conversions between Java's `InetAddress` objects and host socket addresses that the
//! socket natives share.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use runtime::klass::BOOT_LOADER;
use runtime::natives::{Env, NativeRegistry};
use runtime::oops::ObjRef;
use runtime::{JResult, Value};

use crate::io_support::{new_byte_array, new_object_array, new_platform_string, read_region};
use crate::{net_names, net_os};

const IMPL4: &str = "java/net/Inet4AddressImpl";
const IMPL6: &str = "java/net/Inet6AddressImpl";
/// `InetAddress.IPv4` and `InetAddress.IPv6` (the holder's `family`).
const FAMILY_IPV4: i32 = 1;
const FAMILY_IPV6: i32 = 2;

pub(crate) fn register(r: &NativeRegistry) {
    r.register("java/net/InetAddress", "init", "()V", |_| Ok(Value::Void));
    r.register("java/net/Inet4Address", "init", "()V", |_| Ok(Value::Void));
    r.register("java/net/Inet6Address", "init", "()V", |_| Ok(Value::Void));
    r.register("java/net/DatagramPacket", "init", "()V", |_| {
        Ok(Value::Void)
    });
    r.register(
        "java/net/InetAddressImplFactory",
        "isIPv6Supported",
        "()Z",
        |_| Ok(Value::Int(net_os::ipv6_available().into())),
    );
    for class in [IMPL4, IMPL6] {
        r.register(
            class,
            "getLocalHostName",
            "()Ljava/lang/String;",
            local_host_name,
        );
        r.register(
            class,
            "lookupAllHostAddr",
            "(Ljava/lang/String;)[Ljava/net/InetAddress;",
            lookup_all,
        );
        r.register(
            class,
            "getHostByAddr",
            "([B)Ljava/lang/String;",
            host_by_addr,
        );
    }
    let resolver = "sun/net/dns/ResolverConfigurationImpl";
    r.register(
        resolver,
        "fallbackDomain0",
        "()Ljava/lang/String;",
        fallback_domain,
    );
    r.register(IMPL4, "isReachable0", "([BI[BI)Z", |e| {
        let (timeout, ttl) = (e.int(2), e.int(4));
        is_reachable(e, 1, 3, timeout, ttl)
    });
    r.register(IMPL6, "isReachable0", "([BII[BII)Z", |e| {
        let (timeout, ttl) = (e.int(3), e.int(5));
        is_reachable(e, 1, 4, timeout, ttl)
    });
}

/// The address an `InetAddress` object holds (`None` for `null` or a family not set).
pub fn ip_of(address: ObjRef) -> Option<IpAddr> {
    let k = address.klass();
    let holder = address.get_ref(
        k.instance_field("holder", "Ljava/net/InetAddress$InetAddressHolder;")?
            .offset,
    )?;
    let hk = holder.klass();
    let family = holder.get_i32(hk.instance_field("family", "I")?.offset);
    if family == FAMILY_IPV4 {
        let bits = holder.get_i32(hk.instance_field("address", "I")?.offset);
        return Some(IpAddr::V4(Ipv4Addr::from(bits as u32)));
    }
    if family != FAMILY_IPV6 {
        return None;
    }
    let holder6 = address.get_ref(
        k.instance_field("holder6", "Ljava/net/Inet6Address$Inet6AddressHolder;")?
            .offset,
    )?;
    let bytes = holder6.get_ref(holder6.klass().instance_field("ipaddress", "[B")?.offset)?;
    let octets: [u8; 16] = read_region(bytes, 0, 16).try_into().ok()?;
    Some(IpAddr::V6(Ipv6Addr::from(octets)))
}

/// The scope id of an `Inet6Address` (0 for other addresses).
pub fn scope_of(address: ObjRef) -> u32 {
    let k = address.klass();
    let Some(holder6) = k
        .instance_field("holder6", "Ljava/net/Inet6Address$Inet6AddressHolder;")
        .and_then(|f| address.get_ref(f.offset))
    else {
        return 0;
    };
    holder6
        .klass()
        .instance_field("scope_id", "I")
        .map_or(0, |f| holder6.get_i32(f.offset) as u32)
}

/// A new `InetAddress` for `ip` (an IPv4-mapped IPv6 address becomes an `Inet4Address`)
/// with host name `host`, through `InetAddress.getByAddress`.
pub fn new_inet_address(env: &mut Env<'_>, ip: IpAddr, host: Option<&[u8]>) -> JResult<ObjRef> {
    let k = runtime::loader::load_class(env.thread, BOOT_LOADER, "java/net/InetAddress")?;
    runtime::init::initialize(env.thread, k)?;
    let descriptor = "(Ljava/lang/String;[B)Ljava/net/InetAddress;";
    let Some(factory) = k.find_declared_method("getByAddress", descriptor) else {
        return Err(env.throw("java/lang/InternalError", "InetAddress.getByAddress"));
    };
    let octets = match ip {
        IpAddr::V4(a) => a.octets().to_vec(),
        IpAddr::V6(a) => a.octets().to_vec(),
    };
    let name = match host {
        Some(h) => Some(new_platform_string(env, h)?),
        None => None,
    };
    let name = env.local(name);
    let bytes = new_byte_array(env, &octets)?;
    let name = env.get(name);
    let result = runtime::interpreter::call_method(
        env.thread,
        factory,
        &[Value::Ref(name), Value::Ref(Some(bytes))],
    )?;
    match result {
        Value::Ref(Some(a)) => Ok(a),
        _ => Err(env.throw_no_message("java/lang/NullPointerException")),
    }
}

/// `fallbackDomain0()`: the domain part of the host name (after its first dot), or `null`.
fn fallback_domain(env: &mut Env<'_>) -> JResult<Value> {
    let name = net_names::host_name().unwrap_or_default();
    match name.iter().position(|&b| b == b'.') {
        Some(dot) => Ok(Value::Ref(Some(new_platform_string(
            env,
            &name[dot + 1..],
        )?))),
        None => Ok(Value::Ref(None)),
    }
}

/// `getLocalHostName()`: `gethostname`, or "localhost".
fn local_host_name(env: &mut Env<'_>) -> JResult<Value> {
    let name = net_names::host_name().unwrap_or_else(|| b"localhost".to_vec());
    Ok(Value::Ref(Some(new_platform_string(env, &name)?)))
}

/// `lookupAllHostAddr(host)`: the host's addresses, IPv4 ones first (the default of
/// `java.net.preferIPv6Addresses`), each named `host`; `UnknownHostException` with
/// "host: reason" when the resolver fails. `Inet4AddressImpl` keeps only IPv4 addresses.
fn lookup_all(env: &mut Env<'_>) -> JResult<Value> {
    let Some(host) = env.obj(1) else {
        return Err(env.throw_no_message("java/lang/NullPointerException"));
    };
    let units = runtime::strings::string_utf16(env.thread, host);
    let host_text = String::from_utf16_lossy(&units);
    let host_bytes = crate::jnu::to_platform(&units);
    let only_v4 = env.method().holder().name == IMPL4;
    // A resolver may wait on the network: outside Java, so safepoints go on.
    let found = env.thread.blocked(|| net_names::lookup(&host_bytes));
    let mut ips = match found {
        Ok(ips) => ips,
        Err(reason) => {
            let msg = format!("{host_text}: {reason}");
            return Err(env.throw("java/net/UnknownHostException", &msg));
        }
    };
    if only_v4 {
        ips.retain(IpAddr::is_ipv4);
    }
    if ips.is_empty() {
        return Err(env.throw("java/net/UnknownHostException", &host_text));
    }
    let array = new_object_array(env, "java/net/InetAddress", &ips, |env, ip| {
        new_inet_address(env, *ip, Some(&host_bytes)).map(Some)
    })?;
    Ok(Value::Ref(Some(array)))
}

/// The address in `byte[]` argument `i` (4 or 16 bytes).
fn ip_arg(env: &Env<'_>, i: usize) -> Option<IpAddr> {
    let array = env.obj(i)?;
    let bytes = read_region(array, 0, array.array_length().max(0) as usize);
    match bytes[..] {
        [a, b, c, d] => Some(IpAddr::V4(Ipv4Addr::new(a, b, c, d))),
        _ => <[u8; 16]>::try_from(&bytes[..])
            .ok()
            .map(|o| IpAddr::V6(Ipv6Addr::from(o))),
    }
}

/// `isReachable0(addr, ..., timeout, ifaddr, ttl, ...)`: libnet's TCP echo-port probe (the
/// ICMP echo HotSpot tries first needs a raw socket; both agree on a reachable or
/// unreachable host).
fn is_reachable(
    env: &mut Env<'_>,
    addr: usize,
    from: usize,
    timeout: i32,
    ttl: i32,
) -> JResult<Value> {
    let Some(ip) = ip_arg(env, addr) else {
        return Ok(Value::Int(0));
    };
    let from = ip_arg(env, from);
    match env
        .thread
        .blocked(|| net_os::reachable(ip, timeout, ttl, from))
    {
        Ok(yes) => Ok(Value::Int(yes.into())),
        Err(e) => {
            let msg = crate::os::error_text(&e);
            Err(env.throw("java/net/ConnectException", &msg))
        }
    }
}

/// `getHostByAddr(addr)`: the address's name, or `UnknownHostException`.
fn host_by_addr(env: &mut Env<'_>) -> JResult<Value> {
    let ip = ip_arg(env, 1);
    let name = ip.and_then(|ip| env.thread.blocked(|| net_names::name_of(ip)));
    match name {
        Some(name) => Ok(Value::Ref(Some(new_platform_string(env, &name)?))),
        None => Err(env.throw_no_message("java/net/UnknownHostException")),
    }
}
