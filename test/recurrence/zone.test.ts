/** Time zone input (SEMANTICS.md "Time zone input"). */
import { describe, expect, it } from "vitest";
import { resolveTimeZone } from "../../src/recurrence/index";
import { SHORT_IDS } from "../../src/recurrence/zone";

describe("resolveTimeZone", () => {
  it("defaults to UTC", () => {
    expect(resolveTimeZone(null)).toBe("UTC");
    expect(resolveTimeZone(undefined)).toBe("UTC");
    expect(resolveTimeZone("")).toBe("UTC");
    expect(resolveTimeZone("  ")).toBe("UTC");
  });

  it("returns IANA ids in their canonical spelling", () => {
    expect(resolveTimeZone("Europe/London")).toBe("Europe/London");
    expect(resolveTimeZone("america/new_york")).toBe("America/New_York");
    expect(resolveTimeZone("AUSTRALIA/SYDNEY")).toBe("Australia/Sydney");
    expect(resolveTimeZone("Asia/Kolkata")).toBe("Asia/Kolkata");
    expect(resolveTimeZone("Etc/UTC")).toBe("UTC");
  });

  it("accepts fixed offsets in several spellings, returned as UTC±HH:mm", () => {
    expect(resolveTimeZone("UTC+05:30")).toBe("UTC+05:30");
    expect(resolveTimeZone("UTC-5")).toBe("UTC-05:00");
    expect(resolveTimeZone("+05:30")).toBe("UTC+05:30");
    expect(resolveTimeZone("-05:00")).toBe("UTC-05:00");
    expect(resolveTimeZone("GMT+1")).toBe("UTC+01:00");
    expect(resolveTimeZone("+00:00")).toBe("UTC");
  });

  it("rejects impossible offsets", () => {
    expect(resolveTimeZone("UTC+19")).toBeNull();
    expect(resolveTimeZone("+05:60")).toBeNull();
    expect(resolveTimeZone("UTC+")).toBeNull();
  });

  it("maps every java.time SHORT_IDS alias", () => {
    expect(Object.keys(SHORT_IDS)).toHaveLength(28);
    expect(resolveTimeZone("CST")).toBe("America/Chicago");
    expect(resolveTimeZone("PST")).toBe("America/Los_Angeles");
    expect(resolveTimeZone("IST")).toBe("Asia/Kolkata");
    expect(resolveTimeZone("VST")).toBe("Asia/Ho_Chi_Minh");
    expect(resolveTimeZone("AGT")).toBe("America/Argentina/Buenos_Aires");
    expect(resolveTimeZone("EST")).toBe("UTC-05:00");
    expect(resolveTimeZone("MST")).toBe("UTC-07:00");
    expect(resolveTimeZone("HST")).toBe("UTC-10:00");
    for (const [alias, target] of Object.entries(SHORT_IDS)) {
      const resolved = resolveTimeZone(alias);
      expect(resolved, alias).not.toBeNull();
      if (!target.startsWith("-")) expect(resolved).toBe(target);
    }
  });

  it("returns null for anything else", () => {
    expect(resolveTimeZone("Mars/Olympus")).toBeNull();
    expect(resolveTimeZone("XYZ")).toBeNull();
    expect(resolveTimeZone("Europe/London; drop table")).toBeNull();
  });
});

describe("resolveTimeZone's memory of inputs", () => {
  it("answers a remembered input as it did the first time, found or not, and builds no formatter for it again", () => {
    const inputs = ["america/new_york", " Asia/Calcutta ", "CST", "UTC+5:30", "Nowhere/Special", "x".repeat(100)];
    const first = inputs.map(resolveTimeZone);
    expect(first).toEqual(["America/New_York", "Asia/Kolkata", "America/Chicago", "UTC+05:30", null, null]);
    const formatter = Intl.DateTimeFormat;
    let built = 0;
    // Every Intl zone check builds a DateTimeFormat; remembered inputs must not.
    (Intl as { DateTimeFormat: unknown }).DateTimeFormat = new Proxy(formatter, {
      construct: (target, args) => (built++, new target(...args)),
    });
    try {
      for (let i = 0; i < 100; i++) expect(inputs.slice(0, 5).map(resolveTimeZone)).toEqual(first.slice(0, 5));
      expect(built).toBe(0);
      // An unseen zone name still asks Intl once.
      expect(resolveTimeZone("Antarctica/Troll")).toBe("Antarctica/Troll");
      expect(built).toBeGreaterThan(0);
    } finally {
      (Intl as { DateTimeFormat: unknown }).DateTimeFormat = formatter;
    }
  });
});
