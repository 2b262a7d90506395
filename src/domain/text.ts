/**
 * The one rule for text a user names things with (names, references), applied by every kind's input
 * rules: which characters are refused, and the normalized form that is stored and that uniqueness is
 * decided on.
 *
 * - Every such text refuses control characters: C0 (U+0000–U+001F: NUL, CR, LF, tab …), DEL, C1
 *   (U+0080–U+009F), the line and paragraph separators U+2028/U+2029, and the bidirectional embeddings,
 *   overrides and isolates U+202A–U+202E and U+2066–U+2069, which reorder what a reader sees.
 * - A `name` (a display name: product name, friendly name, job and template names, entitlement format)
 *   is stored NFC-normalized and trimmed: `Café` typed as e + combining accent is the same name as
 *   the precomposed one, `"Print run "` is `"Print run"`. Zero-width joiners and similar format
 *   characters stay: some scripts and emoji need them.
 * - A `reference` (an identifier: the product reference) is stored NFKC-normalized and trimmed, and
 *   refuses every invisible format character (Unicode category Cf: zero-width space U+200B, joiners,
 *   soft hyphen, byte-order mark, direction marks …): full-width `ＲEF` is `REF`, and no two references
 *   differ by something nobody can see.
 * - `verbatim` text (another system's reference, `externalRef`) refuses control characters only and is
 *   stored as sent: that system compares it, not this one.
 */
import type { ProblemList } from "../errors";

export type TextKind = "name" | "reference" | "verbatim";

const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
const FORMAT = /\p{Cf}/u;

const NORMALIZE: Record<TextKind, (text: string) => string> = {
  name: (text) => text.normalize("NFC").trim(),
  reference: (text) => text.normalize("NFKC").trim(),
  verbatim: (text) => text,
};

/** The form of a name or reference that is stored and compared (also for look-ups by reference). */
export function normalizeText(text: string, kind: TextKind): string {
  return NORMALIZE[kind](text);
}

/** `U+000A at character 5`: the character found and its place (counted in characters, from 1). */
function located(text: string, match: RegExpExecArray): string {
  const codePoint = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
  return `U+${codePoint} at character ${[...text.slice(0, match.index)].length + 1}`;
}

/** What is wrong with the characters of `text`, in `label`'s words, or null. */
export function characterProblem(label: string, text: string, kind: TextKind): string | null {
  const control = CONTROL.exec(text);
  if (control) {
    return `${label} cannot contain control characters, line breaks or bidirectional overrides (found ${located(text, control)})`;
  }
  const format = kind === "reference" ? FORMAT.exec(text) : null;
  if (format) return `${label} cannot contain invisible format characters such as a zero-width space (found ${located(text, format)})`;
  return null;
}

/**
 * Reads one name or reference field: its normalized form, or null after adding the field's character
 * problem at `path`. The caller then checks what it requires (not blank, a length) on the normalized
 * form, the form that is stored.
 */
export function readText(problems: ProblemList, path: string[], label: string, text: string, kind: TextKind): string | null {
  const problem = characterProblem(label, text, kind);
  if (problem !== null) {
    problems.add(path, problem);
    return null;
  }
  return normalizeText(text, kind);
}
