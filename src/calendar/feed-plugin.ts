/**
 * `GET /schedules/{id}/calendar.ics`: a schedule's next occurrences as an RFC 5545 calendar, for
 * calendar apps to subscribe to. A Yoga plugin, so it runs wherever the GraphQL endpoint does
 * (the Node server and `yoga.fetch` alike) and answers before Yoga's own routing.
 *
 * Authentication: `Authorization: Bearer <JWT>` (any valid token, as for reading through GraphQL),
 * or `?token=` with the schedule's feed token (rotateCalendarFeedToken), since calendar apps cannot
 * send headers. 401 before 404, so an unauthenticated caller learns nothing about which ids exist.
 */
import type { Plugin } from "graphql-yoga";
import { authenticateRequest, type AuthSettings } from "../auth";
import { calendarOf, timeZoneOf, type ScheduleKind } from "../domain/schedule-kinds";
import { logUnexpected } from "../logger";
import { occurrences } from "../recurrence";
import { systemClock, type Clock } from "../recurrence/types";
import { feedTokenMatches, findTitledSchedule } from "../store/feed-tokens";
import { scheduleOfGlobalId } from "../schema/ids";
import { FEED_COUNT_DEFAULT, FEED_COUNT_MAX, FEED_PATH } from "./feed-path";
import { buildCalendar } from "./ics";

export interface CalendarFeedOptions {
  auth: AuthSettings;
  clock?: Clock;
}

const KIND_LABEL: Record<ScheduleKind, string> = {
  JOB: "Job schedule",
  ISSUING: "Issuing schedule",
  CAMPAIGN_TEMPLATE: "Campaign template schedule",
};

function text(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body + "\n", { status, headers: { "content-type": "text/plain; charset=utf-8", ...headers } });
}

const unauthorized = (message: string) =>
  text(401, message, { "www-authenticate": 'Bearer realm="schedule-service", charset="UTF-8"' });

/** Whether the request may read this schedule's feed: a valid bearer token, or its current feed token. */
async function authorized(request: Request, url: URL, schedule: { kind: ScheduleKind; id: string } | null, auth: AuthSettings) {
  // Verified once per request (the rate limiter asked first); an invalid bearer token counts as none,
  // since a feed token may still be present.
  if (await authenticateRequest(request, auth).catch(() => null)) return true;
  const token = url.searchParams.get("token");
  return token != null && token !== "" && schedule != null && (await feedTokenMatches(schedule.kind, schedule.id, token));
}

export async function serveCalendarFeed(request: Request, url: URL, encodedId: string, options: CalendarFeedOptions): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    return text(405, "Use GET", { allow: "GET, HEAD" });
  }
  let globalId: string;
  try {
    globalId = decodeURIComponent(encodedId);
  } catch {
    globalId = "";
  }
  const schedule = scheduleOfGlobalId(globalId);

  if (!(await authorized(request, url, schedule, options.auth))) {
    return unauthorized("Authentication required: send 'Authorization: Bearer <token>' or the schedule's feed token as ?token=");
  }

  const countParam = url.searchParams.get("count");
  const count = countParam === null ? FEED_COUNT_DEFAULT : /^\d{1,4}$/.test(countParam) ? Number(countParam) : NaN;
  if (!(count >= 1 && count <= FEED_COUNT_MAX)) return text(400, `count must be between 1 and ${FEED_COUNT_MAX}`);

  const found = schedule && (await findTitledSchedule(schedule.kind, schedule.id));
  if (!schedule || !found) return text(404, "Schedule cannot be found");

  const now = (options.clock ?? systemClock).now();
  const body = buildCalendar({
    scheduleId: globalId,
    title: found.title,
    description: [`${KIND_LABEL[schedule.kind]} "${found.title}"`, found.owner, `times in ${timeZoneOf(found.row)}`].filter(Boolean).join(", "),
    zone: timeZoneOf(found.row),
    occurrences: occurrences(calendarOf(found.row), { after: now, first: count }),
    stamp: now,
  });
  return new Response(request.method === "HEAD" ? null : body, {
    status: 200,
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="calendar.ics"',
      // Feeds carry a secret in their URL and change as time passes: no shared caches.
      "cache-control": "private, no-cache",
    },
  });
}

/** The Yoga plugin: answers feed paths, leaves every other request to Yoga. */
export function useCalendarFeed(options: CalendarFeedOptions): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      const match = FEED_PATH.exec(url.pathname);
      if (!match) return;
      try {
        endResponse(await serveCalendarFeed(request, url, match[1], options));
      } catch (error) {
        const trackingId = logUnexpected(error, "calendar feed failed");
        endResponse(text(500, `An internal fault occurred (tracking id ${trackingId}).`));
      }
    },
  };
}
