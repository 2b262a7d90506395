/**
 * "Receivers are outside" (SEMANTICS.md "Runs"): a delivery URL names a host on the public internet,
 * never this machine or its private networks, unless WEBHOOK_ALLOW_PRIVATE_NETWORKS=true (tests, local
 * development). Checked twice: when the URL is written (checkDeliveryUrl, with a DNS lookup of a host
 * name) and again when an attempt connects (guardedLookup: the addresses judged are the ones connected
 * to, so a name that changes its answers between the two checks is still caught).
 */
import dns from "node:dns";
import { BlockList, isIP, isIPv4, type LookupFunction } from "node:net";

export const ALLOW_PRIVATE_HINT = "(set WEBHOOK_ALLOW_PRIVATE_NETWORKS=true for local receivers)";
export const MAX_URL_LENGTH = 2048;
/** How long the write-time check waits for DNS; past it the name is accepted (the connect-time check still guards). */
const WRITE_TIME_LOOKUP_MS = 5000;

/** Each range with what it is called, the more specific first (broadcast inside 240/4). */
const RANGES: { kind: string; family: "ipv4" | "ipv6"; network: string; prefix: number }[] = [
  { kind: "a loopback address", family: "ipv4", network: "127.0.0.0", prefix: 8 },
  { kind: "a loopback address", family: "ipv6", network: "::1", prefix: 128 },
  { kind: "an unspecified address", family: "ipv4", network: "0.0.0.0", prefix: 8 },
  { kind: "an unspecified address", family: "ipv6", network: "::", prefix: 128 },
  { kind: "a private address", family: "ipv4", network: "10.0.0.0", prefix: 8 },
  { kind: "a private address", family: "ipv4", network: "172.16.0.0", prefix: 12 },
  { kind: "a private address", family: "ipv4", network: "192.168.0.0", prefix: 16 },
  { kind: "a CGNAT (shared) address", family: "ipv4", network: "100.64.0.0", prefix: 10 },
  { kind: "a link-local address", family: "ipv4", network: "169.254.0.0", prefix: 16 },
  { kind: "a link-local address", family: "ipv6", network: "fe80::", prefix: 10 },
  { kind: "a unique-local address", family: "ipv6", network: "fc00::", prefix: 7 },
  { kind: "a multicast address", family: "ipv4", network: "224.0.0.0", prefix: 4 },
  { kind: "a multicast address", family: "ipv6", network: "ff00::", prefix: 8 },
  { kind: "a broadcast address", family: "ipv4", network: "255.255.255.255", prefix: 32 },
  { kind: "a reserved address", family: "ipv4", network: "240.0.0.0", prefix: 4 },
];

const LISTS = RANGES.map((range) => {
  const list = new BlockList();
  list.addSubnet(range.network, range.prefix, range.family);
  return { kind: range.kind, family: range.family, list };
});

/** The eight 16-bit groups of an IPv6 address (zone id dropped), or null when it is not one. */
function ipv6Groups(ip: string): number[] | null {
  let text = ip.split("%")[0];
  if (isIP(text) !== 6) return null;
  const groups: number[] = [];
  const tail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (tail) {
    const [a, b, c, d] = tail.slice(1).map(Number);
    text = `${text.slice(0, tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, rest] = text.split("::");
  const headGroups = head === "" ? [] : head.split(":");
  const restGroups = rest === undefined || rest === "" ? [] : rest.split(":");
  const missing = 8 - headGroups.length - restGroups.length;
  for (const group of headGroups) groups.push(Number.parseInt(group, 16));
  for (let i = 0; i < missing; i++) groups.push(0);
  for (const group of restGroups) groups.push(Number.parseInt(group, 16));
  return groups;
}

/**
 * The IPv4 address an IPv6 address stands for, or null: IPv4-mapped (::ffff:a.b.c.d), or the NAT64
 * well-known prefix (64:ff9b::a.b.c.d, which a NAT64 gateway forwards to that IPv4 address).
 */
function mappedIPv4(ip: string): string | null {
  const groups = ipv6Groups(ip);
  if (groups === null) return null;
  const mapped = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  const nat64 = groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((group) => group === 0);
  if (!mapped && !nat64) return null;
  return [groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff].join(".");
}

/** What kind of non-public address `ip` is ("a loopback address" …), null for a public one. */
function privateKind(ip: string): string | null {
  const bare = ip.split("%")[0];
  const mapped = mappedIPv4(bare);
  const address = mapped ?? bare;
  const family = isIPv4(address) ? "ipv4" : isIP(address) === 6 ? "ipv6" : null;
  if (family === null) return "not an IP address";
  for (const range of LISTS) if (range.family === family && range.list.check(address, family)) return range.kind;
  return null;
}

/**
 * null for a public address; else a reason naming the range ("127.0.0.1 is a loopback address").
 * An IPv4-mapped IPv6 address (::ffff:127.0.0.1) is judged as the IPv4 address it maps.
 */
export function privateAddressReason(ip: string): string | null {
  const kind = privateKind(ip);
  return kind === null ? null : `${ip} is ${kind}`;
}

/** A host name that always means this machine (RFC 6761), refused without asking DNS. */
function isLocalhostName(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, "");
  return name === "localhost" || name.endsWith(".localhost");
}

/** The URL's host without the brackets of an IPv6 literal. */
export function bareHost(url: URL): string {
  return url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
}

/** Resolves every address of a name (dns.promises.lookup's `all: true` form). */
export type LookupAll = (host: string, options: { all: true }) => Promise<dns.LookupAddress[]>;

async function lookupAll(host: string, lookup: LookupAll): Promise<dns.LookupAddress[] | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), WRITE_TIME_LOOKUP_MS);
  });
  try {
    return await Promise.race([lookup(host, { all: true }), timeout]);
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The write-time check of a delivery URL: a user-facing problem, or null when the URL is acceptable.
 * Syntax first (a URL, http or https, no credentials, at most 2048 characters, a host); then, unless
 * private networks are allowed, where it points: an IP literal in a private range is refused,
 * `localhost` and `*.localhost` are refused without DNS, and a host name is refused when ANY address
 * it resolves to is private. `lookup` is the system resolver (tests give a resolver of their own).
 */
export async function checkDeliveryUrl(
  raw: string,
  allowPrivateNetworks: boolean,
  lookup: LookupAll = dns.promises.lookup,
): Promise<string | null> {
  if (raw.length > MAX_URL_LENGTH) return `The delivery URL is longer than ${MAX_URL_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "The delivery URL is not a valid URL (such as https://example.com/hooks)";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return `The delivery URL must use https or http, not ${url.protocol.slice(0, -1)}`;
  if (url.username !== "" || url.password !== "") return "The delivery URL must not hold credentials (user:password@)";
  const host = bareHost(url);
  if (host === "") return "The delivery URL must name a host";
  if (allowPrivateNetworks) return null;

  if (isIP(host) !== 0) {
    const reason = privateAddressReason(host);
    return reason === null ? null : `The delivery URL is refused: ${reason} ${ALLOW_PRIVATE_HINT}`;
  }
  if (isLocalhostName(host)) return `The delivery URL is refused: ${host} is this machine ${ALLOW_PRIVATE_HINT}`;
  const addresses = await lookupAll(host, lookup);
  // A name that does not resolve (now, or within WRITE_TIME_LOOKUP_MS) is accepted: it may resolve
  // later, and every attempt's connection is checked again by guardedLookup, which refuses it then.
  if (addresses === null) return null;
  for (const { address } of addresses) {
    const kind = privateKind(address);
    if (kind !== null) return `The delivery URL is refused: ${host} resolves to ${address}, ${kind} ${ALLOW_PRIVATE_HINT}`;
  }
  return null;
}

/** The error a connection fails with when its host resolves to a private address. */
export class PrivateAddressError extends Error {
  readonly code = "EPRIVATEADDRESS";
  constructor(reason: string) {
    super(reason);
    this.name = "PrivateAddressError";
  }
}

/**
 * A `lookup` for node's http/https `request` (or an Agent's) options: resolves every address of the
 * name and fails with a PrivateAddressError (its message the reason) when ANY of them is private.
 * Node calls it with `all: false`, or with `all: true` when it tries several addresses
 * (autoSelectFamily, the default on Node 20); both forms are answered. Node does not call `lookup` for
 * an IP-literal host: the sender checks literals itself (privateAddressReason) before connecting.
 */
export function guardedLookup(allowPrivateNetworks: boolean): LookupFunction {
  if (allowPrivateNetworks) return dns.lookup as LookupFunction;
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, options.all ? [] : "", undefined);
      for (const { address } of addresses) {
        const kind = privateKind(address);
        if (kind !== null) {
          const reason = hostname === address ? `${address} is ${kind}` : `${hostname} resolves to ${address}, ${kind}`;
          return callback(new PrivateAddressError(reason), options.all ? [] : "", undefined);
        }
      }
      if (options.all) return callback(null, addresses);
      if (addresses.length === 0)
        return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" }), "", undefined);
      return callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
