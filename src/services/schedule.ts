/** Schedules of every kind: one by its kind and id, and the list of all of them, page by page. */
import { scheduleKind, type KindedSchedule, type ScheduleKind, type ScheduleRef } from "../schedule-kinds";
import * as store from "../store/schedule";

/** The schedule a global id names; null when it names none. */
export async function findSchedule(schedule: ScheduleRef | null): Promise<KindedSchedule | null> {
  const row = schedule && (await scheduleKind(schedule.kind).find(schedule.id));
  return schedule && row ? { kind: schedule.kind, row } : null;
}

/** A page's cursor: opaque to clients; null when `after` is not one this service made. */
export const decodeScheduleCursor = store.decodeCursor;

export interface SchedulePage {
  items: (KindedSchedule & { cursor: string })[];
  hasNextPage: boolean;
}

/** Up to `first` schedules after the cursor, oldest first, optionally of one kind, and whether more follow. */
export async function listSchedules(options: { kind?: ScheduleKind | null; first: number; after: string | null }): Promise<SchedulePage> {
  const after = options.after === null ? null : store.decodeCursor(options.after);
  const { items, hasNextPage } = await store.listSchedules({ kind: options.kind, first: options.first, after });
  return { items: items.map((item) => ({ ...item, cursor: store.encodeCursor(item) })), hasNextPage };
}
