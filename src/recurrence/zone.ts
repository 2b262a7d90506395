/**
 * Time zones: resolving user input to a canonical zone name, and fast offset look-ups.
 *
 * Canonical forms returned by `resolveTimeZone`:
 * - IANA ids in their IANA spelling (`america/new_york` → `America/New_York`; modern names such as
 *   `Asia/Kolkata` are kept, not replaced by ICU's older `Asia/Calcutta`);
 * - `UTC` for UTC itself (`UTC`, `Z`, `GMT`, `Etc/UTC`, `+00:00` …);
 * - fixed offsets as `UTC±HH:mm` (`UTC+05:30`, `UTC-05:00`), a form luxon reads directly.
 * The three-letter ids of java.time.ZoneId.SHORT_IDS are aliases of the zone that table names.
 */
import { FixedOffsetZone, IANAZone, type Zone } from "luxon";
import { formatOffset } from "./civil";
import type { Problem } from "./types";

/** java.time.ZoneId.SHORT_IDS. */
export const SHORT_IDS: Readonly<Record<string, string>> = {
  ACT: "Australia/Darwin",
  AET: "Australia/Sydney",
  AGT: "America/Argentina/Buenos_Aires",
  ART: "Africa/Cairo",
  AST: "America/Anchorage",
  BET: "America/Sao_Paulo",
  BST: "Asia/Dhaka",
  CAT: "Africa/Harare",
  CNT: "America/St_Johns",
  CST: "America/Chicago",
  CTT: "Asia/Shanghai",
  EAT: "Africa/Addis_Ababa",
  ECT: "Europe/Paris",
  IET: "America/Indiana/Indianapolis",
  IST: "Asia/Kolkata",
  JST: "Asia/Tokyo",
  MIT: "Pacific/Apia",
  NET: "Asia/Yerevan",
  NST: "Pacific/Auckland",
  PLT: "Asia/Karachi",
  PNT: "America/Phoenix",
  PRT: "America/Puerto_Rico",
  PST: "America/Los_Angeles",
  SST: "Pacific/Guadalcanal",
  VST: "Asia/Ho_Chi_Minh",
  EST: "-05:00",
  MST: "-07:00",
  HST: "-10:00",
};

/** Current IANA names that ICU reports under an older alias; kept as the user's canonical spelling. */
const MODERN_IANA_NAMES = [
  "Asia/Kolkata", "Asia/Ho_Chi_Minh", "Asia/Kathmandu", "Asia/Yangon", "Asia/Dhaka", "Asia/Thimphu",
  "Europe/Kyiv", "America/Nuuk", "Pacific/Kanton", "Atlantic/Faroe", "Pacific/Chuuk", "Pacific/Pohnpei",
  "America/Argentina/Buenos_Aires", "America/Argentina/Catamarca", "America/Argentina/Cordoba",
  "America/Argentina/Jujuy", "America/Argentina/Mendoza", "America/Indiana/Indianapolis",
  "America/Kentucky/Louisville", "America/Atikokan", "America/Coral_Harbour", "Asia/Ulaanbaatar",
  "Africa/Asmara", "Asia/Urumqi", "America/Godthab", "UTC", "Etc/UTC", "Etc/GMT",
];

/**
 * Zones the tz database renamed (its `backward` file): the old spelling resolves to the current one,
 * so one zone is never stored under two names. Merges of distinct zones (Europe/Amsterdam into
 * Europe/Brussels) are not followed: a user's city stays their city.
 */
const RENAMED_ZONES: Readonly<Record<string, string>> = {
  "asia/calcutta": "Asia/Kolkata",
  "asia/saigon": "Asia/Ho_Chi_Minh",
  "asia/katmandu": "Asia/Kathmandu",
  "asia/rangoon": "Asia/Yangon",
  "asia/dacca": "Asia/Dhaka",
  "asia/thimbu": "Asia/Thimphu",
  "asia/ulan_bator": "Asia/Ulaanbaatar",
  "europe/kiev": "Europe/Kyiv",
  "america/godthab": "America/Nuuk",
  "pacific/enderbury": "Pacific/Kanton",
  "atlantic/faeroe": "Atlantic/Faroe",
  "pacific/truk": "Pacific/Chuuk",
  "pacific/ponape": "Pacific/Pohnpei",
  "africa/asmera": "Africa/Asmara",
  "america/buenos_aires": "America/Argentina/Buenos_Aires",
  "america/catamarca": "America/Argentina/Catamarca",
  "america/cordoba": "America/Argentina/Cordoba",
  "america/jujuy": "America/Argentina/Jujuy",
  "america/mendoza": "America/Argentina/Mendoza",
  "america/indianapolis": "America/Indiana/Indianapolis",
  "america/louisville": "America/Kentucky/Louisville",
};

let canonicalByLowerName: Map<string, string> | null = null;

function canonicalNames(): Map<string, string> {
  if (!canonicalByLowerName) {
    canonicalByLowerName = new Map();
    const supported: string[] =
      typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
    for (const name of [...supported, ...MODERN_IANA_NAMES, ...Object.values(SHORT_IDS)]) {
      if (!name.startsWith("-")) canonicalByLowerName.set(name.toLowerCase(), name);
    }
  }
  return canonicalByLowerName;
}

const OFFSET_RE = /^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i;
const UTC_NAMES = new Set(["utc", "z", "gmt", "etc/utc", "etc/gmt", "utc0", "gmt0", "zulu", "etc/zulu", "universal", "etc/universal"]);

/** Canonical `UTC±HH:mm` for an offset in minutes; `UTC` for zero. */
export function fixedOffsetName(offsetMinutes: number): string {
  return offsetMinutes === 0 ? "UTC" : "UTC" + formatOffset(offsetMinutes);
}

function parseFixedOffset(text: string): number | null {
  const m = OFFSET_RE.exec(text);
  if (!m) return null;
  const hours = +m[2];
  const minutes = m[3] === undefined ? 0 : +m[3];
  if (hours > 18 || minutes > 59 || (hours === 18 && minutes > 0)) return null;
  return (m[1] === "-" ? -1 : 1) * (hours * 60 + minutes);
}

/**
 * The canonical zone for a user's input: `UTC` for null, undefined or blank; null when the input names
 * no zone we know (the caller reports that as a validation problem).
 */
export function resolveTimeZone(input: string | null | undefined): string | null {
  if (input === null || input === undefined) return "UTC";
  const text = input.trim();
  if (text === "") return "UTC";
  const lower = text.toLowerCase();
  if (UTC_NAMES.has(lower)) return "UTC";
  const alias = SHORT_IDS[text.toUpperCase()];
  if (alias !== undefined) return alias.startsWith("-") ? fixedOffsetName(parseFixedOffset(alias)!) : alias;
  if (/^(?:utc|gmt)?\s*[+-]/i.test(text)) {
    const offset = parseFixedOffset(text);
    return offset === null ? null : fixedOffsetName(offset);
  }
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(text) || !IANAZone.isValidZone(text)) return null;
  const renamed = RENAMED_ZONES[lower];
  if (renamed !== undefined) return renamed;
  const known = canonicalNames().get(lower);
  if (known !== undefined) return known;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: text }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** The one message for a zone input that names no zone we know, whichever field it came in. */
export function unknownTimeZoneMessage(input: string | null | undefined): string {
  return `Unknown time zone: ${input} (use an IANA id such as Europe/London or an offset such as UTC+05:30)`;
}

/**
 * The canonical zone of a zone field (`resolveTimeZone`), or null after reporting the field's problem
 * under `[field]`: every kind's zone field (timeZoneId, timeZone, location) answers the same message.
 */
export function resolveTimeZoneField(field: string, input: string | null | undefined, problems: Problem[]): string | null {
  const zone = resolveTimeZone(input);
  if (zone === null) problems.push({ path: [field], message: unknownTimeZoneMessage(input) });
  return zone;
}

/** The luxon zone for a canonical name from `resolveTimeZone`. */
export function luxonZone(canonical: string): Zone {
  if (canonical === "UTC") return FixedOffsetZone.utcInstance;
  if (canonical.startsWith("UTC")) return FixedOffsetZone.instance(parseFixedOffset(canonical)!);
  return IANAZone.create(canonical);
}

// ---------------------------------------------------------------------------------------------
// Offsets

/** Offsets of one zone, in minutes east of UTC, looked up by instant (epoch ms). */
export interface ZoneOffsets {
  readonly name: string;
  /** Offset in effect at instant `t`. */
  offsetAt(t: number): number;
}

const BUCKET_MS = 7 * 86_400_000;
const MAX_BUCKETS = 100_000;

/**
 * Offsets of an IANA zone, cached per week. Each week's offset is read from luxon at its two ends;
 * when they differ, the transition instant is found by bisection (to the millisecond). The engine then
 * never asks luxon per candidate. (A zone changing offset twice within one week would be missed; no
 * zone in the tz database does so in the range the engine serves.)
 */
class IanaOffsets implements ZoneOffsets {
  private readonly buckets = new Map<number, { at: number; before: number; after: number }>();
  private readonly edge = new Map<number, number>();
  constructor(readonly name: string, private readonly zone: Zone) {}

  /**
   * Offsets in whole minutes: before standard time, zones kept local mean time (Monrovia −0:44:30,
   * Kolkata +5:21:10 in 1900), which no ISO-8601 offset can carry; those instants are read to the
   * nearest minute, so `localDateTime` always denotes `at` exactly.
   */
  private raw(t: number): number {
    return Math.round(this.zone.offset(t));
  }

  private edgeOffset(bucket: number): number {
    let o = this.edge.get(bucket);
    if (o === undefined) {
      o = this.raw(bucket * BUCKET_MS);
      this.edge.set(bucket, o);
    }
    return o;
  }

  offsetAt(t: number): number {
    const b = Math.floor(t / BUCKET_MS);
    let e = this.buckets.get(b);
    if (e === undefined) {
      if (this.buckets.size > MAX_BUCKETS) {
        this.buckets.clear();
        this.edge.clear();
      }
      const before = this.edgeOffset(b);
      const after = this.edgeOffset(b + 1);
      if (before === after) {
        e = { at: Infinity, before, after };
      } else {
        let lo = b * BUCKET_MS;
        let hi = lo + BUCKET_MS;
        while (hi - lo > 1) {
          const mid = Math.floor((lo + hi) / 2);
          if (this.raw(mid) === before) lo = mid;
          else hi = mid;
        }
        e = { at: hi, before, after };
      }
      this.buckets.set(b, e);
    }
    return t < e.at ? e.before : e.after;
  }
}

class FixedOffsets implements ZoneOffsets {
  constructor(readonly name: string, private readonly offset: number) {}
  offsetAt(): number {
    return this.offset;
  }
}

const offsetsByZone = new Map<string, ZoneOffsets>();

/** The offset table of a canonical zone name (from `resolveTimeZone`). */
export function zoneOffsets(canonical: string): ZoneOffsets {
  let z = offsetsByZone.get(canonical);
  if (!z) {
    const zone = luxonZone(canonical);
    z = zone.isUniversal ? new FixedOffsets(canonical, zone.offset(0)) : new IanaOffsets(canonical, zone);
    offsetsByZone.set(canonical, z);
  }
  return z;
}

/** Forgets every cached offset table (for cold-start measurements; never needed for correctness). */
export function clearZoneOffsetCache(): void {
  offsetsByZone.clear();
}
