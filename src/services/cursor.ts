/**
 * The cursors of the service's connections: an instant and an id (the order of a page), base64url of
 * their JSON. A cursor the service did not make decodes to null: its instant must be an ISO instant in
 * years 0000–9999 (what the database stores; a forged one outside would fail there).
 */
import { isCarriedInstant } from "../recurrence";

export interface CursorPosition {
  at: Date;
  id: string;
}

export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString("base64url");
}

export function decodeCursor(cursor: string): CursorPosition | null {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(decoded) || decoded.length !== 2) return null;
    const [at, id] = decoded;
    if (typeof at !== "string" || typeof id !== "string") return null;
    const date = new Date(at);
    return isCarriedInstant(date.getTime()) ? { at: date, id } : null;
  } catch {
    return null;
  }
}
