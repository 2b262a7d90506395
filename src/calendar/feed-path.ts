/** Where a schedule's calendar feed lives. */

/** `/schedules/{global id}/calendar.ics` (the id URL-encoded: base64 may contain `/`, `+` and `=`). */
export const FEED_PATH = /^\/schedules\/([^/]+)\/calendar\.ics$/;

/** Default and largest number of occurrences a feed lists (`?count=`). */
export const FEED_COUNT_DEFAULT = 50;
export const FEED_COUNT_MAX = 1000;

export function feedPath(scheduleGlobalId: string): string {
  return `/schedules/${encodeURIComponent(scheduleGlobalId)}/calendar.ics`;
}
