/**
 * "Receivers are outside" (src/delivery/address.ts): which addresses are private and why, the
 * write-time check of a delivery URL, and the connect-time lookup that refuses a name resolving to a
 * private address (here `localhost`, which every machine resolves without DNS).
 */
import type { LookupAddress } from "node:dns";
import { describe, expect, it } from "vitest";
import { checkDeliveryUrl, guardedLookup, privateAddressReason } from "../../src/delivery/address";

const HINT = "(set WEBHOOK_ALLOW_PRIVATE_NETWORKS=true for local receivers)";

describe("privateAddressReason", () => {
  const cases: [string, string][] = [
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["::1", "loopback"],
    ["0:0:0:0:0:0:0:1", "loopback"],
    ["10.0.0.1", "private"],
    ["10.255.255.255", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "link-local"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["febf:ffff::1", "link-local"],
    ["fc00::1", "unique-local"],
    ["fd12:3456:789a::1", "unique-local"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["::", "unspecified"],
    ["100.64.0.1", "CGNAT"],
    ["100.127.255.255", "CGNAT"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.255", "multicast"],
    ["ff02::1", "multicast"],
    ["240.0.0.1", "reserved"],
    ["255.255.255.255", "broadcast"],
    // IPv4-mapped IPv6, in both spellings, and NAT64: judged as the IPv4 address.
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["0:0:0:0:0:ffff:10.1.2.3", "private"],
    ["::ffff:192.168.0.1", "private"],
    ["::ffff:169.254.169.254", "link-local"],
    ["64:ff9b::10.0.0.1", "private"],
  ];
  for (const [ip, range] of cases)
    it(`${ip} is ${range}`, () => {
      const reason = privateAddressReason(ip);
      expect(reason).toMatch(new RegExp(`^${ip.replace(/[.]/g, "\\.")} is an? ${range}`));
    });

  it("names the address and its range", () => {
    expect(privateAddressReason("127.0.0.1")).toBe("127.0.0.1 is a loopback address");
    expect(privateAddressReason("10.1.2.3")).toBe("10.1.2.3 is a private address");
    expect(privateAddressReason("::ffff:127.0.0.1")).toBe("::ffff:127.0.0.1 is a loopback address");
  });

  it("answers null for public addresses, just outside each range too", () => {
    for (const ip of [
      "8.8.8.8",
      "1.1.1.1",
      "2001:4860::8888",
      "2606:4700:4700::1111",
      "::ffff:8.8.8.8",
      "64:ff9b::8.8.8.8",
      "172.15.255.255",
      "172.32.0.0",
      "100.63.255.255",
      "100.128.0.0",
      "11.0.0.1",
      "192.167.255.255",
      "169.253.255.255",
      "223.255.255.255",
      "fec0::1",
      "fbff::1",
    ])
      expect(privateAddressReason(ip), ip).toBeNull();
  });
});

describe("checkDeliveryUrl", () => {
  /** A resolver answering these addresses for every name (or failing as an unknown name). */
  const resolver = (addresses: string[] | null) => async (host: string) => {
    if (addresses === null) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
    return addresses.map((address): LookupAddress => ({ address, family: address.includes(":") ? 6 : 4 }));
  };
  const noDns = async (): Promise<LookupAddress[]> => {
    throw new Error("no DNS lookup expected");
  };

  it("refuses what is not an http(s) URL with a host, holds credentials or is too long", async () => {
    expect(await checkDeliveryUrl("not a url", false)).toMatch(/not a valid URL/);
    expect(await checkDeliveryUrl("", true)).toMatch(/not a valid URL/);
    expect(await checkDeliveryUrl("ftp://example.com/x", false)).toBe("The delivery URL must use https or http, not ftp");
    expect(await checkDeliveryUrl("file:///etc/passwd", true)).toBe("The delivery URL must use https or http, not file");
    expect(await checkDeliveryUrl("https://user:pass@example.com/x", false)).toMatch(/must not hold credentials/);
    expect(await checkDeliveryUrl("https://user@example.com/x", true)).toMatch(/must not hold credentials/);
    expect(await checkDeliveryUrl(`https://example.com/${"a".repeat(2048)}`, false)).toBe(
      "The delivery URL is longer than 2048 characters",
    );
    expect(await checkDeliveryUrl(`https://example.com/${"a".repeat(2048 - 20)}`, false, resolver(["93.184.215.14"]))).toBeNull();
  });

  it("refuses an IP literal in a private range, whatever its spelling, without DNS", async () => {
    expect(await checkDeliveryUrl("http://127.0.0.1:1234/x", false, noDns)).toBe(
      `The delivery URL is refused: 127.0.0.1 is a loopback address ${HINT}`,
    );
    expect(await checkDeliveryUrl("http://[::1]/x", false, noDns)).toBe(`The delivery URL is refused: ::1 is a loopback address ${HINT}`);
    expect(await checkDeliveryUrl("http://[::ffff:127.0.0.1]/x", false, noDns)).toMatch(
      /^The delivery URL is refused: ::ffff:7f00:1 is a loopback address/,
    );
    expect(await checkDeliveryUrl("https://10.0.0.8/hook", false, noDns)).toMatch(/10\.0\.0\.8 is a private address/);
    expect(await checkDeliveryUrl("http://169.254.169.254/latest/meta-data", false, noDns)).toMatch(/link-local/);
    expect(await checkDeliveryUrl("http://[fd00::1]/", false, noDns)).toMatch(/unique-local/);
    // The URL parser reads these as 127.0.0.1.
    expect(await checkDeliveryUrl("http://2130706433/", false, noDns)).toMatch(/127\.0\.0\.1 is a loopback address/);
    expect(await checkDeliveryUrl("http://0x7f.1/", false, noDns)).toMatch(/127\.0\.0\.1 is a loopback address/);
    expect(await checkDeliveryUrl("https://8.8.8.8/hook", false, noDns)).toBeNull();
    expect(await checkDeliveryUrl("https://[2001:4860::8888]/hook", false, noDns)).toBeNull();
  });

  it("refuses localhost and *.localhost without DNS", async () => {
    for (const url of ["http://localhost:4000/x", "http://LOCALHOST/", "http://localhost./", "https://api.localhost/hook"])
      expect(await checkDeliveryUrl(url, false, noDns), url).toMatch(
        /^The delivery URL is refused: .*localhost\.? is this machine \(set WEBHOOK/,
      );
  });

  it("refuses a name when ANY address it resolves to is private; accepts one that does not resolve", async () => {
    expect(await checkDeliveryUrl("https://hooks.example.com/x", false, resolver(["93.184.215.14", "10.0.0.5"]))).toBe(
      `The delivery URL is refused: hooks.example.com resolves to 10.0.0.5, a private address ${HINT}`,
    );
    expect(await checkDeliveryUrl("https://hooks.example.com/x", false, resolver(["2001:4860::8888", "::1"]))).toMatch(
      /resolves to ::1, a loopback address/,
    );
    expect(await checkDeliveryUrl("https://hooks.example.com/x", false, resolver(["93.184.215.14", "2001:4860::8888"]))).toBeNull();
    // Not resolvable now: accepted (every attempt's connection is checked again).
    expect(await checkDeliveryUrl("https://hooks.example.com/x", false, resolver(null))).toBeNull();
    // The system resolver too: a name under .invalid never resolves.
    expect(await checkDeliveryUrl("https://no-such-host.invalid/x", false)).toBeNull();
  });

  it("with private networks allowed, checks only the syntax (no DNS)", async () => {
    expect(await checkDeliveryUrl("http://127.0.0.1:1234/x", true, noDns)).toBeNull();
    expect(await checkDeliveryUrl("http://localhost:4000/x", true, noDns)).toBeNull();
    expect(await checkDeliveryUrl("https://hooks.example.com/x", true, noDns)).toBeNull();
    expect(await checkDeliveryUrl("ftp://127.0.0.1/x", true, noDns)).toMatch(/must use https or http/);
  });
});

describe("guardedLookup", () => {
  type Answer = { error: NodeJS.ErrnoException | null; address: string | LookupAddress[]; family?: number };
  const lookup = (allow: boolean, host: string, all: boolean) =>
    new Promise<Answer>((resolve) => guardedLookup(allow)(host, { all }, (error, address, family) => resolve({ error, address, family })));

  it("fails with the reason when the name resolves to a private address, in both call forms", async () => {
    for (const all of [false, true]) {
      const { error } = await lookup(false, "localhost", all);
      expect(error?.message, `all: ${all}`).toMatch(/^localhost resolves to (127\.0\.0\.1|::1), a loopback address$/);
    }
  });

  it("answers the addresses in the form asked for when private networks are allowed", async () => {
    const one = await lookup(true, "localhost", false);
    expect(one.error).toBeNull();
    expect(typeof one.address).toBe("string");
    expect(privateAddressReason(one.address as string)).toMatch(/loopback/);
    const all = await lookup(true, "localhost", true);
    expect(all.error).toBeNull();
    expect(Array.isArray(all.address) && all.address.length).toBeGreaterThan(0);
  });

  it("passes on the resolver's failure for an unknown name", async () => {
    const { error } = await lookup(false, "no-such-host.invalid", true);
    expect(error?.code).toBe("ENOTFOUND");
  });
});
