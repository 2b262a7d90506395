/**
 * `npm ci` on the Node version package.json's `engines` allows prints no EBADENGINE warning for the
 * project's own dependencies: each one the lockfile pins declares an `engines.node` that admits it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const read = (file: string) => JSON.parse(readFileSync(join(ROOT, file), "utf8"));

type Version = [number, number, number];

function parse(text: string): { version: Version; parts: number } {
  const numbers = text.replace(/^v/, "").split(".").map(Number);
  return { version: [numbers[0] ?? 0, numbers[1] ?? 0, numbers[2] ?? 0], parts: numbers.length };
}

const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** Whether `version` satisfies an npm range made of `||` alternatives of comparators (`20`, `>=20.19`, `<23`, `^20.1`). */
function admits(range: string, version: Version): boolean {
  return range.split("||").some((alternative) =>
    alternative.trim().split(/\s+/).every((comparator) => {
      const m = /^(>=|<=|>|<|=|\^|~)?\s*v?([\d.x*]+)$/.exec(comparator);
      if (!m) throw new Error(`unreadable engines range ${JSON.stringify(range)}`);
      const { version: bound, parts } = parse(m[2].replace(/\.[x*]/g, ""));
      const c = compare(version, bound);
      switch (m[1]) {
        case ">=": return c >= 0;
        case ">": return c > 0;
        case "<=": return c <= 0;
        case "<": return c < 0;
        case "^": return c >= 0 && version[0] === bound[0];
        case "~": return c >= 0 && version[0] === bound[0] && version[1] === bound[1];
        default: // `20`, `20.19` or `=20.19.1`: every version with those leading parts
          return version.slice(0, parts).every((n, i) => n === bound[i]);
      }
    }),
  );
}

describe("engines", () => {
  const pkg = read("package.json");
  const lock = read("package-lock.json");
  const oldest = parse(/^>=\s*([\d.]+)$/.exec(pkg.engines.node)![1]).version;

  it("reads ranges as npm does", () => {
    expect(admits("20 || 22 || >=24", [20, 19, 0])).toBe(true);
    expect(admits("22 || >=24.0.0", [20, 19, 0])).toBe(false);
    expect(admits(">=22.15.0", [20, 19, 0])).toBe(false);
    expect(admits(">=18 <21", [20, 19, 0])).toBe(true);
    expect(admits("^20.20", [20, 19, 0])).toBe(false);
  });

  it(`every direct dependency admits Node ${oldest.join(".")}, the oldest package.json allows`, () => {
    const direct = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
    const refused = direct
      .map((name) => ({ name, entry: lock.packages[`node_modules/${name}`] }))
      .filter(({ entry }) => entry?.engines?.node !== undefined && !admits(entry.engines.node, oldest))
      .map(({ name, entry }) => `${name}@${entry.version} wants node ${entry.engines.node}`);
    expect(refused).toEqual([]);
  });
});
