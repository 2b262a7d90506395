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
import { LruCache } from "./lru";
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

/** Inputs longer than any zone name (the longest IANA id has 32 characters) are not remembered. */
const RESOLVED_INPUT_MAX = 64;
const resolved = new LruCache<string, string | null>(2048);

/**
 * The canonical zone for a user's input: `UTC` for null, undefined or blank; null when the input names
 * no zone we know (the caller reports that as a validation problem). Remembered per input (a bounded
 * map): asking Intl whether a name is a zone builds a formatter, the costliest step of a parse.
 */
export function resolveTimeZone(input: string | null | undefined): string | null {
  if (input === null || input === undefined) return "UTC";
  let zone = resolved.get(input);
  if (zone === undefined) {
    zone = resolveUncached(input);
    if (input.length <= RESOLVED_INPUT_MAX) resolved.set(input, zone);
  }
  return zone;
}

function resolveUncached(input: string): string | null {
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
  /** The transitions in (start, end], oldest first. */
  changesIn(start: number, end: number): OffsetChange[];
  /** The latest transition at or before `t`, if one lies at or after `notBefore`. */
  lastChangeAtOrBefore(t: number, notBefore: number): OffsetChange | null;
}

const BUCKET_MS = 7 * 86_400_000;

/**
 * The offset cache: one table of weeks shared by every zone, of a fixed size, so its memory does not
 * grow with the zones or the years asked about. A (zone, week) pair has one slot; a zone's consecutive
 * weeks take consecutive slots, so one zone's 65,536 weeks (1,256 years) never evict each other, and
 * zones start at scattered slots. Whoever lands on a taken slot replaces its entry; an evicted week is
 * read from luxon again when next asked (one or two look-ups, a bisection in a week with a change).
 * About 2 MB in all, allocated once.
 */
export const ZONE_CACHE_SLOTS = 1 << 16;
const SLOT_MASK = ZONE_CACHE_SLOTS - 1;
/** Which zone (its number) and week each slot holds; -1 when empty. */
const weekZone = new Int32Array(ZONE_CACHE_SLOTS).fill(-1);
const weekIndex = new Int32Array(ZONE_CACHE_SLOTS);
/** The week's transition instant (Infinity when its offset does not change) and offsets around it. */
const weekChangeAt = new Float64Array(ZONE_CACHE_SLOTS);
const weekBefore = new Int16Array(ZONE_CACHE_SLOTS);
const weekAfter = new Int16Array(ZONE_CACHE_SLOTS);
/** The offset at the start of a week (shared by the week before and the week after it). */
const edgeZone = new Int32Array(ZONE_CACHE_SLOTS).fill(-1);
const edgeIndex = new Int32Array(ZONE_CACHE_SLOTS);
const edgeOffset = new Int16Array(ZONE_CACHE_SLOTS);
let zoneNumbers = 0;

/** A transition: the first instant (epoch ms) of offset `to`, and the offset `from` before it (minutes east of UTC). */
export interface OffsetChange {
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

/**
 * Offsets of an IANA zone, cached per week (see the table above). Each week's offset is read from luxon
 * at its two ends; when they differ, the transition instant is found by bisection (to the millisecond).
 * The engine then never asks luxon per candidate. (A zone changing offset twice within one week would
 * be missed; no zone in the tz database does so in the range the engine serves.)
 */
class IanaOffsets implements ZoneOffsets {
  private readonly number = zoneNumbers++;
  /** Where this zone's weeks start in the table: a scatter of its number (Fibonacci hashing). */
  private readonly stride = Math.imul(this.number, 0x9e3779b1) >>> 16;
  constructor(readonly name: string, private readonly zone: Zone) {}

  /**
   * Offsets in whole minutes: before standard time, zones kept local mean time (Monrovia −0:44:30,
   * Kolkata +5:21:10 in 1900), which no ISO-8601 offset can carry; those instants are read to the
   * nearest minute, so `localDateTime` always denotes `at` exactly.
   */
  private raw(t: number): number {
    return Math.round(this.zone.offset(t));
  }

  private edgeOffset(week: number): number {
    const slot = (week + this.stride) & SLOT_MASK;
    if (edgeZone[slot] !== this.number || edgeIndex[slot] !== week) {
      edgeZone[slot] = this.number;
      edgeIndex[slot] = week;
      edgeOffset[slot] = this.raw(week * BUCKET_MS);
    }
    return edgeOffset[slot];
  }

  /** The slot holding `week`, filled first when it holds another. */
  private slotOf(week: number): number {
    const slot = (week + this.stride) & SLOT_MASK;
    if (weekZone[slot] === this.number && weekIndex[slot] === week) return slot;
    const before = this.edgeOffset(week);
    const after = this.edgeOffset(week + 1);
    let at = Infinity;
    if (before !== after) {
      let lo = week * BUCKET_MS;
      let hi = lo + BUCKET_MS;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (this.raw(mid) === before) lo = mid;
        else hi = mid;
      }
      at = hi;
    }
    weekZone[slot] = this.number;
    weekIndex[slot] = week;
    weekChangeAt[slot] = at;
    weekBefore[slot] = before;
    weekAfter[slot] = after;
    return slot;
  }

  offsetAt(t: number): number {
    const slot = this.slotOf(Math.floor(t / BUCKET_MS));
    return t < weekChangeAt[slot] ? weekBefore[slot] : weekAfter[slot];
  }

  changesIn(start: number, end: number): OffsetChange[] {
    const found: OffsetChange[] = [];
    for (let week = Math.floor(start / BUCKET_MS), last = Math.floor(end / BUCKET_MS); week <= last; week++) {
      const slot = this.slotOf(week);
      const at = weekChangeAt[slot];
      if (at > start && at <= end) found.push({ at, from: weekBefore[slot], to: weekAfter[slot] });
    }
    return found;
  }

  lastChangeAtOrBefore(t: number, notBefore: number): OffsetChange | null {
    for (let week = Math.floor(t / BUCKET_MS), first = Math.floor(notBefore / BUCKET_MS); week >= first; week--) {
      const slot = this.slotOf(week);
      const at = weekChangeAt[slot];
      if (at <= t) return at >= notBefore ? { at, from: weekBefore[slot], to: weekAfter[slot] } : null;
    }
    return null;
  }
}

class FixedOffsets implements ZoneOffsets {
  constructor(readonly name: string, private readonly offset: number) {}
  offsetAt(): number {
    return this.offset;
  }
  changesIn(): OffsetChange[] {
    return [];
  }
  lastChangeAtOrBefore(): OffsetChange | null {
    return null;
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

/** Forgets every cached offset and resolved zone name (for cold-start measurements; never needed for correctness). */
export function clearZoneOffsetCache(): void {
  resolved.clear();
  ianaNames.clear();
  offsetsByZone.clear();
  weekZone.fill(-1);
  edgeZone.fill(-1);
}

// ---------------------------------------------------------------------------------------------
// What a reader of local times needs (the calendar feed's VTIMEZONE, its UTC fall-back hours)

/** A transition described for people: whether the new offset is daylight time, and its abbreviation. */
export interface NamedOffsetChange extends OffsetChange {
  /** Whether offset `to` is daylight-saving time (above the lower of the year's January and July offsets, as luxon reads it). */
  readonly daylight: boolean;
  /** The zone's abbreviation for offset `to` (`EST`, `CEST`, `GMT+5`), in en-US. */
  readonly abbreviation: string;
}

/** How far before an instant its stretch starts, and the widest gap between instants of one stretch. */
const STRETCH_LEAD_MS = BUCKET_MS;
const STRETCH_GAP_MS = 5 * BUCKET_MS;

/**
 * The offsets in effect around some instants, as a reader converting local times near them back to
 * instants needs them: the instants are cut into stretches (consecutive instants at most five weeks
 * apart); each stretch contributes a start a week before its first instant (`from` = `to` = the
 * offset then; left out when the change listed last already gave that offset, under the same name)
 * and every transition up to its last instant. The latest of these at or before an instant gives its
 * offset, and so does the latest whose local onset (`at` in offset `from`) is at or before its local
 * time. Cost: the weeks in the stretches, at most six per instant, whatever the years between them.
 */
export function offsetChangesAround(canonical: string, instants: readonly number[]): NamedOffsetChange[] {
  const offsets = zoneOffsets(canonical);
  const named = ianaZoneOf(canonical);
  const zone = named === null ? luxonZone(canonical) : IANAZone.create(named);
  // Abbreviations are asked of Intl once per offset and kind (they are descriptive: RFC 5545 TZNAME).
  const names = new Map<string, string>();
  const describe = (change: OffsetChange): NamedOffsetChange => {
    const year = new Date(change.at).getUTCFullYear();
    const daylight = change.to > Math.min(offsets.offsetAt(Date.UTC(year, 0, 1)), offsets.offsetAt(Date.UTC(year, 6, 1)));
    const key = `${change.to}|${daylight}`;
    let abbreviation = names.get(key);
    if (abbreviation === undefined) {
      abbreviation = zone.offsetName(change.at, { format: "short", locale: "en-US" }) ?? "UTC" + formatOffset(change.to);
      names.set(key, abbreviation);
    }
    return { ...change, daylight, abbreviation };
  };

  const sorted = [...instants].sort((a, b) => a - b);
  const changes: NamedOffsetChange[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const at = sorted[i] - STRETCH_LEAD_MS;
    while (i + 1 < sorted.length && sorted[i + 1] - sorted[i] <= STRETCH_GAP_MS) i++;
    const offset = offsets.offsetAt(at);
    const start = describe({ at, from: offset, to: offset });
    const previous = changes.at(-1);
    if (!previous || previous.to !== start.to || previous.daylight !== start.daylight || previous.abbreviation !== start.abbreviation) {
      changes.push(start);
    }
    for (const change of offsets.changesIn(at, sorted[i])) changes.push(describe(change));
  }
  return changes;
}

/** Whether the local time of instant `at` in a zone names two instants (either pass of a fall-back hour). */
export function isRepeatedLocalTime(canonical: string, at: number): boolean {
  const offsets = zoneOffsets(canonical);
  const offset = offsets.offsetAt(at);
  const wall = at + offset * 60_000;
  for (const other of new Set([offsets.offsetAt(at - 86_400_000), offsets.offsetAt(at + 86_400_000)])) {
    if (other === offset) continue;
    const candidate = wall - other * 60_000;
    if (candidate !== at && offsets.offsetAt(candidate) === other) return true;
  }
  return false;
}

/**
 * The IANA zone id that keeps a canonical zone's offsets, for systems that know zones only by IANA
 * id: an IANA zone itself; `Etc/GMT∓h` for a whole-hour fixed offset (POSIX signs: UTC+05:00 is
 * Etc/GMT-5; the tz database has -14 … +12); null for UTC and for offsets no IANA zone names.
 */
export function ianaZoneOf(canonical: string): string | null {
  let name = ianaNames.get(canonical);
  if (name === undefined) {
    name = ianaNameUncached(canonical);
    ianaNames.set(canonical, name);
  }
  return name;
}

/** Canonical names and their IANA ids (a bounded map; the canonical names are a bounded set anyway). */
const ianaNames = new LruCache<string, string | null>(4096);

function ianaNameUncached(canonical: string): string | null {
  if (canonical === "UTC") return null;
  if (canonical.startsWith("UTC")) {
    const offset = parseFixedOffset(canonical);
    if (offset === null || offset % 60 !== 0) return null;
    const name = `Etc/GMT${offset > 0 ? "-" : "+"}${Math.abs(offset) / 60}`;
    return IANAZone.isValidZone(name) ? name : null;
  }
  return IANAZone.isValidZone(canonical) ? canonical : null;
}
