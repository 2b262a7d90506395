/** Relay global ids of the schedule kinds and owners. */
import { decodeGlobalID } from "@pothos/plugin-relay";
import { SCHEDULE_KINDS, TYPE_NAMES, type ScheduleKind } from "../domain/schedule-kinds";

/** The types node(id:) can answer: every schedule kind and the two owners. */
export const NODE_TYPENAMES: readonly string[] = [...Object.values(TYPE_NAMES), "CampaignTemplate", "Product"];

export function decodeAnyGlobalId(globalId: string): { typename: string; id: string } | null {
  try {
    const { typename, id } = decodeGlobalID(globalId);
    return { typename, id: String(id) };
  } catch {
    return null;
  }
}

/** The raw id behind a global id of `typename`, or null when the id is malformed or of another type. */
export function rawIdOf(globalId: string, ...typenames: string[]): string | null {
  const decoded = decodeAnyGlobalId(globalId);
  return decoded && typenames.includes(decoded.typename) ? decoded.id : null;
}

const KIND_OF_TYPENAME = new Map<string, ScheduleKind>(SCHEDULE_KINDS.map((kind) => [TYPE_NAMES[kind], kind]));

/** The kind and raw id of a schedule's global id, or null when it is not a schedule's. */
export function scheduleOfGlobalId(globalId: string): { kind: ScheduleKind; id: string } | null {
  const decoded = decodeAnyGlobalId(globalId);
  const kind = decoded ? KIND_OF_TYPENAME.get(decoded.typename) : undefined;
  return decoded && kind ? { kind, id: decoded.id } : null;
}
