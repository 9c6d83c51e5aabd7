package org.enchufe.kernel.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.enchufe.kernel.SocketCalls;
import org.enchufe.kernel.net.Ipv4;
import org.enchufe.kernel.net.Ipv6;
import org.enchufe.kernel.net.Resolver;
import org.enchufe.kernel.net.Services;
import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyBool;
import org.enchufe.lang.runtime.PyBytes;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyException;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyList;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyRaise;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.vm.Interpreter;

/**
 * The socket module's resolver functions — getaddrinfo, gethostbyname_ex, gethostbyaddr,
 * getnameinfo, getfqdn — and the address converters inet_pton/inet_ntop, answered from the
 * sandbox's own /etc/hosts and /etc/services with glibc's error codes and texts.
 */
final class SocketResolver {

    private static final int AI_PASSIVE = 1;
    private static final int AI_CANONNAME = 2;
    private static final int AI_NUMERICHOST = 4;
    private static final int AI_NUMERICSERV = 1024;
    private static final int NI_NUMERICHOST = 1;
    private static final int NI_NUMERICSERV = 2;
    private static final int NI_NAMEREQD = 8;
    private static final int NI_DGRAM = 16;

    private SocketResolver() {
    }

    /** The resolver's functions, added to the socket module after its own. */
    static final List<MethodDef> FUNCTIONS = List.of(
            new MethodDef("getaddrinfo", SocketResolver::getaddrinfo),
            new MethodDef("gethostbyname_ex", SocketResolver::gethostbynameEx),
            new MethodDef("gethostbyaddr", SocketResolver::gethostbyaddr),
            new MethodDef("getfqdn", SocketResolver::getfqdn),
            new MethodDef("getnameinfo", SocketResolver::getnameinfo),
            new MethodDef("inet_pton", SocketResolver::inetPton),
            new MethodDef("inet_ntop", SocketResolver::inetNtop));

    /**
     * {@code name} looked up for {@code call} — /etc/hosts, then the DNS — and traced with the
     * source that answered; gaierror EAI_NONAME when neither knows it.
     */
    static Resolver.Host lookup(Interpreter in, String call, String name) {
        Optional<Resolver.Answer> answer = SocketAddresses.resolver(in).lookup(name);
        if (answer.isEmpty()) {
            ResolverTrace.failed(in, call, name, "EAI_NONAME", "Name or service not known", "files dns");
            throw SocketAddresses.gaiError(-2, "Name or service not known");
        }
        ResolverTrace.answered(in, call, name, answer.get().source(), answer.get().host().address());
        return answer.get().host();
    }

    /**
     * The name of {@code address} for {@code call} (gethostbyaddr's, getfqdn's), {@code asked} as
     * the program wrote it, traced with the source that answered; empty when neither knows it.
     */
    private static Optional<Resolver.Host> reverse(Interpreter in, String call, String asked, String address) {
        Optional<Resolver.Answer> answer = SocketAddresses.resolver(in).reverse(address);
        if (answer.isEmpty()) {
            ResolverTrace.failed(in, call, asked, "HOST_NOT_FOUND", "Unknown host", "files dns");
            return Optional.empty();
        }
        ResolverTrace.answered(in, call, asked, answer.get().source(), answer.get().host().name());
        return Optional.of(answer.get().host());
    }

    private static PyObject gethostbynameEx(Interpreter i, PyObject s, PyObject[] a, String[] k) {
        String name = SocketAddresses.ipv4Only(SocketModule.hostText(a[0], "gethostbyname_ex"));
        return hostTuple(lookup(i, "gethostbyname_ex", name));
    }

    private static PyObject gethostbyaddr(Interpreter i, PyObject s, PyObject[] a, String[] k) {
        String name = SocketModule.text(Args.one("gethostbyaddr", a, k), "gethostbyaddr", 1);
        String address = SocketAddresses.resolve(i, name);
        return hostTuple(reverse(i, "gethostbyaddr", name, address).orElseThrow(SocketResolver::unknownHost));
    }

    private static PyObject getfqdn(Interpreter i, PyObject s, PyObject[] a, String[] k) {
        Args.range("getfqdn", a, k, 0, 1);
        String name = a.length == 0 ? "" : SocketModule.text(a[0], "getfqdn", 1);
        return PyStr.of(fqdn(i, name));
    }

    private static PyObject inetPton(Interpreter i, PyObject s, PyObject[] a, String[] k) {
        int family = Ops.index(i, a[0]);
        String text = SocketModule.text(a[1], "inet_pton", 1);
        byte[] packed = switch (family) {
            case SocketCalls.AF_INET -> Ipv4.pton(text);
            case SocketCalls.AF_INET6 -> Ipv6.pton(text);
            default -> throw PyErrors.osError(org.enchufe.lang.runtime.Errno.EAFNOSUPPORT);
        };
        if (packed == null) {
            throw PyErrors.raise(ExceptionTypes.OS_ERROR, "illegal IP address string passed to inet_pton");
        }
        return new PyBytes(packed);
    }

    private static PyObject inetNtop(Interpreter i, PyObject s, PyObject[] a, String[] k) {
        int family = Ops.index(i, a[0]);
        byte[] packed = SocketModule.bytes(a[1]);
        return switch (family) {
            case SocketCalls.AF_INET -> {
                if (packed.length != 4) {
                    throw PyErrors.valueError("invalid length of packed IP address string");
                }
                yield PyStr.of(Ipv4.ntoa(packed));
            }
            case SocketCalls.AF_INET6 -> {
                if (packed.length != 16) {
                    throw PyErrors.valueError("invalid length of packed IP address string");
                }
                yield PyStr.of(Ipv6.ntop(packed));
            }
            default -> throw PyErrors.valueError("unknown address family " + family);
        };
    }

    private static PyRaise unknownHost() {
        return new PyRaise(PyException.withArgs(SocketModule.HERROR, PyInt.of(1), PyStr.of("Unknown host")));
    }

    private static PyObject hostTuple(Resolver.Host host) {
        PyList aliases = new PyList();
        host.aliases().forEach(alias -> aliases.append(PyStr.of(alias)));
        PyList addresses = new PyList();
        addresses.append(PyStr.of(host.address()));
        return PyTuple.of(PyStr.of(host.name()), aliases, addresses);
    }

    // CPython's getfqdn (socket.py): gethostname() for no name, then gethostbyaddr(name), whose
    // name and aliases give the first name with a dot.
    private static String fqdn(Interpreter in, String name) {
        String wanted = name;
        if (name.isEmpty() || name.equals("0.0.0.0")) {
            wanted = SocketModule.process(in).network().name();
            ResolverTrace.hostname(in, wanted);
        }
        Optional<Resolver.Host> forward = SocketAddresses.resolver(in).byName(wanted);
        String asked = wanted;
        Optional<Resolver.Host> host = forward.isEmpty() ? Optional.empty()
                : reverse(in, "gethostbyaddr", asked, forward.get().address());
        if (host.isEmpty()) {
            return wanted;
        }
        List<String> names = new ArrayList<>();
        names.add(host.get().name());
        names.addAll(host.get().aliases());
        return names.stream().filter(n -> n.contains(".")).findFirst().orElse(host.get().name());
    }

    static boolean isIpv6Literal(String host) {
        return Ipv6.pton(host) != null;
    }

    private static PyObject getaddrinfo(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject[] b = Args.bindDef("getaddrinfo", false, a, k, 0, "host", "port", "family", "type", "proto", "flags");
        // getaddrinfo is a Python function in CPython's socket.py: its missing arguments are worded so.
        if (b[0] == null && b[1] == null) {
            throw PyErrors.typeError("getaddrinfo() missing 2 required positional arguments: 'host' and 'port'");
        }
        if (b[0] == null || b[1] == null) {
            throw PyErrors.typeError("getaddrinfo() missing 1 required positional argument: '" + (b[0] == null ? "host" : "port") + "'");
        }
        int family = b[2] == null ? 0 : Ops.index(in, b[2]);
        int type = b[3] == null ? 0 : Ops.index(in, b[3]);
        int proto = b[4] == null ? 0 : Ops.index(in, b[4]);
        int flags = b[5] == null ? 0 : Ops.index(in, b[5]);
        if (family != 0 && family != SocketCalls.AF_INET && family != SocketCalls.AF_INET6) {
            throw SocketAddresses.gaiError(-6, "ai_family not supported");
        }
        if (type != 0 && type != SocketCalls.SOCK_STREAM && type != SocketCalls.SOCK_DGRAM && type != SocketCalls.SOCK_RAW) {
            throw SocketAddresses.gaiError(-7, "ai_socktype not supported");
        }
        String address;
        String canonical = "";
        boolean v6 = false;
        if (b[0] instanceof PyStr literal && literal.value().indexOf(':') >= 0 && Ipv6.pton(literal.value()) != null) {
            // A numeric IPv6 address answers itself, for AF_INET6 or AF_UNSPEC.
            if (family == SocketCalls.AF_INET) {
                throw SocketAddresses.gaiError(-9, "Address family for hostname not supported");
            }
            v6 = true;
            address = Ipv6.ntop(Ipv6.pton(literal.value()));
            canonical = literal.value();
        } else if (b[0] == PyNone.NONE) {
            return anyHost(in, b[1], family, type, proto, flags);
        } else {
            String host = b[0] instanceof PyStr s ? s.value()
                    : b[0] instanceof PyBytes bytes ? new String(bytes.bytesView(), java.nio.charset.StandardCharsets.ISO_8859_1)
                    : SocketModule.throwType("getaddrinfo() argument 1 must be string or None");
            if ((flags & AI_NUMERICHOST) != 0 && Ipv4.aton(host) == null) {
                throw SocketAddresses.gaiError(-2, "Name or service not known");
            }
            Resolver.Host found = lookup(in, "getaddrinfo", host);
            if (family == SocketCalls.AF_INET6) {
                throw SocketAddresses.gaiError(-9, "Address family for hostname not supported");
            }
            address = found.address();
            canonical = found.name();
        }
        PyList out = new PyList();
        answers(in, out, b[1], v6, address, canonical, type, proto, flags);
        if (out.len(in) == 0) {
            throw SocketAddresses.gaiError(-8, "Servname not supported for ai_socktype");
        }
        return out;
    }

    /**
     * getaddrinfo(None, port): the loopback addresses, or with AI_PASSIVE the wildcards, of the
     * family asked — both when none is, as glibc orders them (::1 before 127.0.0.1 by RFC 6724;
     * 0.0.0.0 before ::). With neither host nor port there is nothing to look up: EAI_NONAME.
     */
    private static PyObject anyHost(Interpreter in, PyObject port, int family, int type, int proto, int flags) {
        if (port == PyNone.NONE) {
            throw SocketAddresses.gaiError(-2, "Name or service not known");
        }
        boolean passive = (flags & AI_PASSIVE) != 0;
        boolean[] order = passive ? new boolean[] {false, true} : new boolean[] {true, false};
        PyList out = new PyList();
        for (boolean v6 : order) {
            if (family == 0 || family == (v6 ? SocketCalls.AF_INET6 : SocketCalls.AF_INET)) {
                String address = v6 ? (passive ? "::" : "::1") : (passive ? "0.0.0.0" : "127.0.0.1");
                answers(in, out, port, v6, address, "", type, proto, flags);
            }
        }
        if (out.len(in) == 0) {
            throw SocketAddresses.gaiError(-8, "Servname not supported for ai_socktype");
        }
        return out;
    }

    // One answer per socket type the service has a port for, on one address.
    private static void answers(Interpreter in, PyList out, PyObject service, boolean v6, String address, String canonical,
                                int type, int proto, int flags) {
        boolean first = out.len(in) == 0;
        int[][] kinds = {{SocketCalls.SOCK_STREAM, SocketCalls.IPPROTO_TCP}, {SocketCalls.SOCK_DGRAM, SocketCalls.IPPROTO_UDP},
            {SocketCalls.SOCK_RAW, 0}};
        for (int[] kind : kinds) {
            if (type != 0 && type != kind[0] || proto != 0 && type != SocketCalls.SOCK_RAW && proto != kind[1]) {
                continue;
            }
            Integer port = port(in, service, kind[0], flags);
            if (port == null) {
                continue;
            }
            String name = first && (flags & AI_CANONNAME) != 0 ? canonical : "";
            first = false;
            int p = kind[0] == SocketCalls.SOCK_RAW ? proto : kind[1];
            PyObject sockaddr = v6 ? PyTuple.of(PyStr.of(address), PyInt.of(port), PyInt.of(0), PyInt.of(0))
                    : PyTuple.of(PyStr.of(address), PyInt.of(port));
            out.append(PyTuple.of(SocketEnums.family(v6 ? SocketCalls.AF_INET6 : SocketCalls.AF_INET), SocketEnums.kind(kind[0]),
                    PyInt.of(p), PyStr.of(name), sockaddr));
        }
    }

    // The port a service argument names for one socket type, or null when it has none there.
    private static Integer port(Interpreter in, PyObject service, int socktype, int flags) {
        if (service == null || service == PyNone.NONE) {
            return 0;
        }
        if (service instanceof PyInt n && !(service instanceof PyBool)) {
            return (int) n.asLong();
        }
        String text = service instanceof PyStr s ? s.value()
                : service instanceof PyBytes b ? new String(b.bytesView(), java.nio.charset.StandardCharsets.ISO_8859_1)
                : throwOsError("Int or String expected");
        if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        if ((flags & AI_NUMERICSERV) != 0) {
            throw SocketAddresses.gaiError(-2, "Name or service not known");
        }
        if (socktype == SocketCalls.SOCK_RAW) {
            return null;
        }
        return Services.byName(text, socktype == SocketCalls.SOCK_STREAM ? "tcp" : "udp").map(Services.Service::port).orElse(null);
    }

    private static <T> T throwOsError(String message) {
        throw PyErrors.raise(org.enchufe.lang.runtime.ExceptionTypes.OS_ERROR, message);
    }

    private static PyObject getnameinfo(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.range("getnameinfo", a, k, 2, 2);
        if (!(a[0] instanceof PyTuple t) || t.size() < 2 || t.size() > 4) {
            throw PyErrors.typeError("getnameinfo() argument 1 must be a tuple");
        }
        int flags = Ops.index(in, a[1]);
        String address = SocketAddresses.resolve(in, SocketModule.text(t.get(0), "getnameinfo", 1));
        int port = Ops.index(in, t.get(1));
        String host = address;
        if ((flags & NI_NUMERICHOST) == 0) {
            Optional<Resolver.Host> found = SocketAddresses.resolver(in).byAddress(address);
            if (found.isPresent()) {
                host = found.get().name();
            } else if ((flags & NI_NAMEREQD) != 0) {
                throw SocketAddresses.gaiError(-2, "Name or service not known");
            }
        }
        String service = String.valueOf(port);
        if ((flags & NI_NUMERICSERV) == 0) {
            service = Services.byPort(port, (flags & NI_DGRAM) != 0 ? "udp" : "tcp").map(Services.Service::name).orElse(service);
        }
        return PyTuple.of(PyStr.of(host), PyStr.of(service));
    }

}
