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
import { logUnexpected } from "../logger";
import { systemClock, type Clock } from "../recurrence/types";
import { scheduleOfGlobalId } from "../schema/ids";
import { FEED_PATH, openCalendarFeed } from "../services/calendar-feed";
import { buildCalendar } from "./ics";

export interface CalendarFeedOptions {
  auth: AuthSettings;
  clock?: Clock;
}

function text(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body + "\n", { status, headers: { "content-type": "text/plain; charset=utf-8", ...headers } });
}

async function serveCalendarFeed(request: Request, url: URL, encodedId: string, options: CalendarFeedOptions): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    return text(405, "Use GET", { allow: "GET, HEAD" });
  }
  let globalId: string;
  try {
    globalId = decodeURIComponent(encodedId);
  } catch {
    globalId = "";
  }
  // Verified once per request (the rate limiter asked first); an invalid bearer token counts as none,
  // since a feed token may still be present.
  const bearer = (await authenticateRequest(request, options.auth).catch(() => null)) != null;
  const now = (options.clock ?? systemClock).now();
  const answer = await openCalendarFeed(
    scheduleOfGlobalId(globalId),
    { bearer, feedToken: url.searchParams.get("token") },
    url.searchParams.get("count"),
    now,
  );
  if (answer.status === 401) {
    return text(401, answer.message, { "www-authenticate": 'Bearer realm="schedule-service", charset="UTF-8"' });
  }
  if (answer.status !== 200) return text(answer.status, answer.message);

  const body = buildCalendar({ scheduleId: globalId, ...answer.feed, stamp: now });
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
