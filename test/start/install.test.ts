/**
 * `npm ci` on the Node version the README names prints no EBADENGINE warning: every package the lock
 * file installs declares an `engines.node` range that admits it (and the Node running the tests).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const semver = createRequire(import.meta.url)("semver") as {
  satisfies(version: string, range: string): boolean;
  minVersion(range: string): { version: string };
};

interface LockEntry {
  version?: string;
  engines?: { node?: string } | string[];
  optional?: boolean;
  os?: string[];
  cpu?: string[];
}

describe("npm ci", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { engines: { node: string } };
  const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, LockEntry> };
  const minimum = semver.minVersion(pkg.engines.node).version;

  it(`installs only packages that declare support for Node ${minimum} (the project's minimum) and ${process.version}`, () => {
    expect(minimum).toBe("20.19.0");
    const refusing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (!path || Array.isArray(entry.engines)) continue;
      // platform-specific optional binaries (rolldown's, esbuild's) are skipped on other machines anyway
      if (entry.optional && (entry.os || entry.cpu)) continue;
      const range = entry.engines?.node;
      if (!range) continue;
      const name = path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);
      for (const version of [minimum, process.version]) {
        if (!semver.satisfies(version, range)) refusing.push(`${name}@${entry.version} wants node ${range}, not ${version}`);
      }
    }
    expect(refusing).toEqual([]);
  });
});
