/**
 * Calendar feeds: `GET /schedules/{id}/calendar.ics` (served by calendar/feed-plugin.ts) and the feed
 * tokens that open it without a bearer token, since calendar apps cannot send headers.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { NotFoundError } from "../errors";
import { occurrences } from "../recurrence";
import type { Occurrence } from "../recurrence/types";
import { calendarOf, scheduleKind, type ScheduleRef } from "../schedule-kinds";
import * as store from "../store/calendar-feed";

/** `/schedules/{global id}/calendar.ics` (the id URL-encoded: base64 may contain `/`, `+` and `=`). */
export const FEED_PATH = /^\/schedules\/([^/]+)\/calendar\.ics$/;

/** Default and largest number of occurrences a feed lists (`?count=`). */
export const FEED_COUNT_DEFAULT = 50;
export const FEED_COUNT_MAX = 1000;

const CALENDAR_FEED_MESSAGES = {
  /** A feed, or a feed token, asked for an id that names no schedule of any kind. */
  notFound: "Schedule cannot be found",
  unauthenticated: "Authentication required: send 'Authorization: Bearer <token>' or the schedule's feed token as ?token=",
  count: `count must be between 1 and ${FEED_COUNT_MAX}`,
} as const;

export function feedPath(scheduleGlobalId: string): string {
  return `/schedules/${encodeURIComponent(scheduleGlobalId)}/calendar.ics`;
}

/** Hex SHA-256 of a token: what is stored and what a presented token is compared by. */
export function hashFeedToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export interface CalendarFeed {
  url: string;
  token: string;
}

/**
 * Issues a new random feed token for a schedule, replacing (and so invalidating) any earlier one, and
 * answers it in plain text, the only time it is ever seen, with the feed URL under `publicUrl` (the
 * service's own address, never a request's Host: the URL carries a secret).
 */
export async function rotateCalendarFeedToken(schedule: ScheduleRef | null, globalId: string, publicUrl: string): Promise<CalendarFeed> {
  if (!schedule) throw new NotFoundError(CALENDAR_FEED_MESSAGES.notFound);
  const kind = scheduleKind(schedule.kind);
  if (!(await kind.find(schedule.id))) throw new NotFoundError(kind.notFound);
  const token = randomBytes(32).toString("base64url");
  if (!(await store.saveFeedTokenHash(schedule.id, hashFeedToken(token)))) throw new NotFoundError(kind.notFound);
  const url = new URL(publicUrl + feedPath(globalId));
  url.searchParams.set("token", token);
  return { url: url.toString(), token };
}

/** Whether `token` is the current feed token of the schedule (constant-time comparison of hashes). */
async function feedTokenOpens(schedule: ScheduleRef, token: string): Promise<boolean> {
  const stored = await store.findFeedTokenHash(schedule.id);
  if (stored === null) return false;
  const expected = Buffer.from(stored, "hex");
  const presented = Buffer.from(hashFeedToken(token), "hex");
  return expected.length === presented.length && timingSafeEqual(expected, presented);
}

/** What a feed lists: the schedule's title and zone and its next occurrences. */
export interface CalendarFeedContent {
  title: string;
  description: string;
  zone: string;
  occurrences: Occurrence[];
}

export type CalendarFeedAnswer = { status: 200; feed: CalendarFeedContent } | { status: 400 | 401 | 404; message: string };

/**
 * A schedule's feed: 401 unless the caller has a valid bearer token or the schedule's current feed
 * token (before anything else, so an unauthenticated caller learns nothing about which ids exist),
 * then 400 for a `count` outside 1 to FEED_COUNT_MAX, then 404; else its next occurrences after `now`.
 */
export async function openCalendarFeed(
  schedule: ScheduleRef | null,
  access: { bearer: boolean; feedToken: string | null },
  countParam: string | null,
  now: Date,
): Promise<CalendarFeedAnswer> {
  const { bearer, feedToken } = access;
  const opened = bearer || (feedToken != null && feedToken !== "" && schedule != null && (await feedTokenOpens(schedule, feedToken)));
  if (!opened) return { status: 401, message: CALENDAR_FEED_MESSAGES.unauthenticated };

  const count = countParam === null ? FEED_COUNT_DEFAULT : /^\d{1,4}$/.test(countParam) ? Number(countParam) : NaN;
  if (!(count >= 1 && count <= FEED_COUNT_MAX)) return { status: 400, message: CALENDAR_FEED_MESSAGES.count };

  const kind = schedule && scheduleKind(schedule.kind);
  const found = schedule && kind && (await kind.findTitled(schedule.id));
  if (!schedule || !kind || !found) return { status: 404, message: CALENDAR_FEED_MESSAGES.notFound };

  const zone = found.row.timeZone;
  return {
    status: 200,
    feed: {
      title: found.title,
      description: [`${kind.label} "${found.title}"`, found.owner, `times in ${zone}`].filter(Boolean).join(", "),
      zone,
      occurrences: occurrences(calendarOf(schedule.kind, found.row), { after: now, first: count }),
    },
  };
}
