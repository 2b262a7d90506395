/**
 * All schedules, of every kind, as one list ordered by (createdAt, kind, id): one query per kind table,
 * merged, whatever the page size.
 */
import { prisma } from "../db";
import { SCHEDULE_KIND_NAMES as SCHEDULE_KINDS, type ScheduleKind, type ScheduleRow } from "../schedule-kinds";
import { isCarriedInstant } from "../recurrence";

export interface ScheduleCursor {
  createdAt: Date;
  kind: ScheduleKind;
  id: string;
}

export interface SchedulePageItem {
  kind: ScheduleKind;
  row: ScheduleRow;
}

export function encodeCursor(item: SchedulePageItem): string {
  return Buffer.from(JSON.stringify([item.row.createdAt.toISOString(), item.kind, item.row.id])).toString("base64url");
}

/**
 * The cursor behind an `after` string, or null when it is not one this service made: its date must be
 * an ISO instant in years 0000–9999 (what the database stores; a forged one outside would fail there).
 */
export function decodeCursor(cursor: string): ScheduleCursor | null {
  try {
    const [createdAt, kind, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (typeof createdAt !== "string" || typeof id !== "string" || !SCHEDULE_KINDS.includes(kind)) return null;
    const date = new Date(createdAt);
    if (!isCarriedInstant(date.getTime())) return null;
    return { createdAt: date, kind, id };
  } catch {
    return null;
  }
}

/** The where clause that keeps rows of `kind` strictly after the cursor in (createdAt, kind, id) order. */
function afterCursor(kind: ScheduleKind, cursor: ScheduleCursor | null) {
  if (!cursor) return {};
  const order = Math.sign(SCHEDULE_KINDS.indexOf(kind) - SCHEDULE_KINDS.indexOf(cursor.kind));
  if (order > 0) return { createdAt: { gte: cursor.createdAt } };
  if (order < 0) return { createdAt: { gt: cursor.createdAt } };
  return { OR: [{ createdAt: { gt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { gt: cursor.id } }] };
}

const orderBy = [{ createdAt: "asc" as const }, { id: "asc" as const }];

async function rowsOf(kind: ScheduleKind, cursor: ScheduleCursor | null, take: number): Promise<ScheduleRow[]> {
  const args = { where: afterCursor(kind, cursor), orderBy, take };
  switch (kind) {
    case "JOB":
      return prisma.jobSchedule.findMany(args);
    case "CAMPAIGN_TEMPLATE":
      return prisma.campaignTemplateSchedule.findMany(args);
    case "ISSUING":
      return prisma.issuingSchedule.findMany(args);
  }
}

function compare(a: SchedulePageItem, b: SchedulePageItem): number {
  return (
    a.row.createdAt.getTime() - b.row.createdAt.getTime() ||
    SCHEDULE_KINDS.indexOf(a.kind) - SCHEDULE_KINDS.indexOf(b.kind) ||
    (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0)
  );
}

/** Up to `first` schedules after the cursor, and whether more follow. */
export async function listSchedules(options: { kind?: ScheduleKind | null; first: number; after: ScheduleCursor | null }) {
  const kinds = options.kind ? [options.kind] : SCHEDULE_KINDS;
  const pages = await Promise.all(
    kinds.map(async (kind) => (await rowsOf(kind, options.after, options.first + 1)).map((row) => ({ kind, row }))),
  );
  const merged = pages.flat().sort(compare);
  return { items: merged.slice(0, options.first), hasNextPage: merged.length > options.first };
}
