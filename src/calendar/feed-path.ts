/** Where a schedule's calendar feed lives, and which schedule a feed path or global id names. */
import { decodeAnyGlobalId } from "../schema/ids";
import { SCHEDULE_KINDS, TYPE_NAMES, type ScheduleKind } from "../domain/schedule-kinds";

/** `/schedules/{global id}/calendar.ics` (the id URL-encoded: base64 may contain `/`, `+` and `=`). */
export const FEED_PATH = /^\/schedules\/([^/]+)\/calendar\.ics$/;

/** Default and largest number of occurrences a feed lists (`?count=`). */
export const FEED_COUNT_DEFAULT = 50;
export const FEED_COUNT_MAX = 1000;

export function feedPath(scheduleGlobalId: string): string {
  return `/schedules/${encodeURIComponent(scheduleGlobalId)}/calendar.ics`;
}

const KIND_OF_TYPENAME = new Map<string, ScheduleKind>(SCHEDULE_KINDS.map((kind) => [TYPE_NAMES[kind], kind]));

/** The kind and raw id of a schedule's global id, or null when it is not a schedule's. */
export function scheduleOfGlobalId(globalId: string): { kind: ScheduleKind; id: string } | null {
  const decoded = decodeAnyGlobalId(globalId);
  const kind = decoded ? KIND_OF_TYPENAME.get(decoded.typename) : undefined;
  return decoded && kind ? { kind, id: decoded.id } : null;
}
