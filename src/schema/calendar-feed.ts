/** Calendar feeds: the mutation that issues (and rotates) a schedule's feed token. The feed itself is src/calendar/. */
import { builder } from "../builder";
import { NotFoundError } from "../errors";
import { FEED_COUNT_DEFAULT, FEED_COUNT_MAX, rotateCalendarFeedToken, type CalendarFeed } from "../services/calendar-feed";
import { scheduleOfGlobalId, scheduleWriteScopes } from "./ids";

const CalendarFeedRef = builder.objectRef<CalendarFeed>("CalendarFeed").implement({
  description:
    `A schedule's calendar feed (RFC 5545, text/calendar): its next ${FEED_COUNT_DEFAULT} occurrences ` +
    `(\`&count=\` up to ${FEED_COUNT_MAX}) in the schedule's zone, for Google, Apple or Outlook calendars to subscribe to.`,
  fields: (t) => ({
    url: t.exposeString("url", {
      description:
        "The subscription URL, feed token included: GET /schedules/{id}/calendar.ics?token=… (a bearer token works too, without it).",
    }),
    token: t.exposeString("token", {
      description: "The feed token in plain text. Shown only here, once: the service keeps only its hash. Rotating again invalidates it.",
    }),
  }),
});

builder.mutationFields((t) => ({
  rotateCalendarFeedToken: t.field({
    type: CalendarFeedRef,
    nullable: true,
    description:
      "Issues a new feed token for a schedule's calendar feed (any kind), invalidating the previous one. Needs ORG_ADMIN or " +
      "SCHEDULE_ADMIN; for a campaign template schedule ORG_ADMIN or CERT_ADMIN.",
    authScopes: scheduleWriteScopes,
    errors: {
      types: [NotFoundError],
      union: { description: "The new feed, or a NotFoundError when no schedule has that id." },
      result: { description: "A new feed token was issued; the previous one no longer opens the feed." },
      dataField: { description: "The feed's URL and its new token." },
    },
    args: { scheduleId: t.arg.id({ required: true, description: "The global id of a schedule of any kind." }) },
    resolve: (_root, { scheduleId }, ctx) => {
      const globalId = String(scheduleId);
      return rotateCalendarFeedToken(scheduleOfGlobalId(globalId), globalId, ctx.publicUrl);
    },
  }),
}));
