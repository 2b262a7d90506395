/** Relay global ids of the schedule kinds and owners. */
import { decodeGlobalID } from "@pothos/plugin-relay";
import { AUTHORITIES } from "../auth";
import { SCHEDULE_KINDS, kindOfTypename, scheduleKind, type ScheduleRef } from "../schedule-kinds";

/** The types node(id:) can answer: every schedule kind, the two owners and runs. */
export const NODE_TYPENAMES: readonly string[] = [
  ...Object.values(SCHEDULE_KINDS).map((kind) => kind.typename),
  "CampaignTemplate",
  "Product",
  "Run",
];

export function decodeAnyGlobalId(globalId: string): { typename: string; id: string } | null {
  try {
    const { typename, id } = decodeGlobalID(globalId);
    return { typename, id: String(id) };
  } catch {
    return null;
  }
}

/** The raw id behind a global id of `typename`, or null when the id is malformed or of another type. */
export function rawIdOf(globalId: string, typename: string): string | null {
  const decoded = decodeAnyGlobalId(globalId);
  return decoded && decoded.typename === typename ? decoded.id : null;
}

/** The kind and raw id of a schedule's global id, or null when it is not a schedule's. */
export function scheduleOfGlobalId(globalId: string): ScheduleRef | null {
  const decoded = decodeAnyGlobalId(globalId);
  const kind = decoded && kindOfTypename(decoded.typename);
  return decoded && kind ? { kind, id: decoded.id } : null;
}

/**
 * The authScopes of a mutation that acts on the schedule its `scheduleId` names: the authorities of
 * that kind's own writes (an id that names no schedule: the others' writes; the resolver answers 404).
 */
export function scheduleWriteScopes(_root: unknown, args: { scheduleId: string | number }) {
  const schedule = scheduleOfGlobalId(String(args.scheduleId));
  return { anyAuthority: schedule ? scheduleKind(schedule.kind).writeAuthorities : AUTHORITIES.scheduleWrite };
}
