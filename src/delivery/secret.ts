/**
 * Delivery secrets at rest. A secret must be read back to sign (HMAC needs the key itself, so a hash
 * would not do): it is sealed with AES-256-GCM under the service's delivery key, with the schedule's id
 * as associated data (a sealed secret copied to another schedule does not open). The database alone
 * (a dump, a backup, a stolen file) gives no secret; the key is
 * - DELIVERY_SECRET_KEY (32 bytes, base64 or hex; every instance sharing a database needs the same), else
 * - a key file made on first use (DELIVERY_SECRET_KEY_FILE; by default beside the SQLite file, or
 *   ./data/delivery.key), readable by its owner only, kept apart from the database's own backups.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { deliveryKeySource } from "../config";

const VERSION = "v1";
const KEY_BYTES = 32;

function decodeKey(text: string, origin: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, "hex") : Buffer.from(trimmed, "base64");
  if (key.length !== KEY_BYTES) throw new Error(`${origin} must hold ${KEY_BYTES} bytes, base64 or hex (openssl rand -base64 32)`);
  return key;
}

/** Reads the key file, or makes it: written aside, then linked into place, so racing processes agree on one. */
function keyFromFile(path: string): Buffer {
  try {
    return decodeKey(readFileSync(path, "utf8"), path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(dirname(path), { recursive: true });
  const aside = `${path}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(aside, `${randomBytes(KEY_BYTES).toString("base64")}\n`, { mode: 0o600 });
  try {
    linkSync(aside, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    unlinkSync(aside);
  }
  return decodeKey(readFileSync(path, "utf8"), path);
}

let cachedKey: Buffer | null = null;

function deliveryKey(): Buffer {
  if (!cachedKey) {
    const source = deliveryKeySource();
    cachedKey = source.kind === "env" ? decodeKey(source.value, "DELIVERY_SECRET_KEY") : keyFromFile(source.path);
  }
  return cachedKey;
}

/** Throws at start when DELIVERY_SECRET_KEY is set but is not a key (a key file is read, or made, on first use). */
export function checkDeliveryKeySetting(): void {
  const source = deliveryKeySource();
  if (source.kind === "env") decodeKey(source.value, "DELIVERY_SECRET_KEY");
}

/** Seals a secret for the schedule `scheduleId`: `v1.<iv>.<tag>.<ciphertext>`, base64url. */
export function sealSecret(secret: string, scheduleId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", deliveryKey(), iv);
  cipher.setAAD(Buffer.from(scheduleId));
  const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), sealed].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** The sealed secret's text; throws when this service's key did not seal it (another key, or another schedule's). */
export function openSecret(sealed: string, scheduleId: string): string {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined) throw new Error("the delivery's secret is not in a known sealed form");
  try {
    const decipher = createDecipheriv("aes-256-gcm", deliveryKey(), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(scheduleId));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new Error(
      "the delivery's secret cannot be opened with this instance's delivery key (DELIVERY_SECRET_KEY differs from the one that sealed it); rotateDeliverySecret makes a new one",
    );
  }
}
