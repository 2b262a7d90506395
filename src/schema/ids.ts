/** Relay global ids of the schedule kinds and owners. */
import { decodeGlobalID } from "@pothos/plugin-relay";

/** The types node(id:) can answer. */
export const NODE_TYPENAMES: readonly string[] = ["JobSchedule", "CampaignTemplateSchedule", "IssuingSchedule", "CampaignTemplate", "Product"];

/** The raw id behind a global id of `typename`, or null when the id is malformed or of another type. */
export function rawIdOf(globalId: string, ...typenames: string[]): string | null {
  try {
    const { typename, id } = decodeGlobalID(globalId);
    return typenames.includes(typename) ? String(id) : null;
  } catch {
    return null;
  }
}

export function decodeAnyGlobalId(globalId: string): { typename: string; id: string } | null {
  try {
    const { typename, id } = decodeGlobalID(globalId);
    return { typename, id: String(id) };
  } catch {
    return null;
  }
}
