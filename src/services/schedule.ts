/** Schedules of every kind: one by its kind and id, and the list of all of them, page by page. */
import { isCarriedInstant } from "../recurrence";
import {
  SCHEDULE_KINDS,
  SCHEDULE_KIND_NAMES,
  scheduleKind,
  type KindedSchedule,
  type RowSelection,
  type ScheduleKind,
  type ScheduleRef,
} from "../schedule-kinds";
import * as store from "../store/schedule";

/** The schedule a global id names; null when it names none. */
export async function findSchedule(schedule: ScheduleRef | null): Promise<KindedSchedule | null> {
  const row = schedule && (await scheduleKind(schedule.kind).find(schedule.id));
  return schedule && row ? { kind: schedule.kind, row } : null;
}

function encodeCursor(position: store.SchedulePosition): string {
  return Buffer.from(JSON.stringify([position.createdAt.toISOString(), position.id])).toString("base64url");
}

/**
 * The position behind an `after` string, or null when it is not a cursor this service made: its date
 * must be an ISO instant in years 0000–9999 (what the database stores; a forged one outside would fail there).
 */
export function decodeScheduleCursor(cursor: string): store.SchedulePosition | null {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(decoded) || decoded.length !== 2) return null;
    const [createdAt, id] = decoded;
    if (typeof createdAt !== "string" || typeof id !== "string") return null;
    const date = new Date(createdAt);
    return isCarriedInstant(date.getTime()) ? { createdAt: date, id } : null;
  } catch {
    return null;
  }
}

export interface SchedulePage {
  items: (KindedSchedule & { cursor: string })[];
  hasNextPage: boolean;
}

export interface ScheduleListOptions {
  kind?: ScheduleKind | null;
  first: number;
  /** A cursor from an earlier page (checked with decodeScheduleCursor). */
  after: string | null;
  /** The relations to load with each kind's rows (what the page's selection reads of them). */
  selection?: (kind: ScheduleKind) => RowSelection;
}

/**
 * Up to `first` schedules after the cursor, oldest first (createdAt, then id), optionally of one kind,
 * and whether more follow: one ordered query over the Schedule rows with, for each kind listed, one for
 * its rows (and one per relation the selection loads with them), whatever the page size.
 */
export async function listSchedules(options: ScheduleListOptions): Promise<SchedulePage> {
  const after = options.after === null ? null : decodeScheduleCursor(options.after);
  const kinds = options.kind ? [options.kind] : SCHEDULE_KIND_NAMES;
  const include = Object.fromEntries(kinds.map((kind) => [SCHEDULE_KINDS[kind].relation, options.selection?.(kind) ?? true]));
  const schedules = await store.findSchedulesWithRows({ kind: options.kind, after, take: options.first + 1, include });
  const items = schedules.slice(0, options.first).flatMap((schedule) => {
    const row = schedule[SCHEDULE_KINDS[schedule.kind].relation];
    // A Schedule row always has its kind's row (written together, deleted by cascade).
    return row ? [{ kind: schedule.kind, row, cursor: encodeCursor(schedule) }] : [];
  });
  return { items, hasNextPage: schedules.length > options.first };
}
