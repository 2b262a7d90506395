/** Schedules of every kind: one by its kind and id, and the list of all of them, page by page. */
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
import { decodeCursor, encodeCursor } from "./cursor";

/** The schedule a global id names; null when it names none. */
export async function findSchedule(schedule: ScheduleRef | null): Promise<KindedSchedule | null> {
  const row = schedule && (await scheduleKind(schedule.kind).find(schedule.id));
  return schedule && row ? { kind: schedule.kind, row } : null;
}

/** The position behind an `after` string, or null when it is not a cursor of the schedules list. */
export function decodeScheduleCursor(cursor: string): store.SchedulePosition | null {
  const position = decodeCursor(cursor);
  return position && { createdAt: position.at, id: position.id };
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
    return row ? [{ kind: schedule.kind, row, cursor: encodeCursor(schedule.createdAt, schedule.id) }] : [];
  });
  return { items, hasNextPage: schedules.length > options.first };
}
