/**
 * The top functions of a V8 .cpuprofile (from `node --cpu-prof`), by self time and by total time
 * (itself and what it calls), as shares of all samples.
 *   npx tsx test/bench/profile-summary.ts /tmp/prof/CPU.*.cpuprofile [top]
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
const [file, top = "25"] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, "utf8")) as { nodes: ProfileNode[]; samples: number[] };
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const name = (node: ProfileNode) => {
  const frame = node.callFrame;
  return `${frame.functionName || "(anonymous)"}  ${frame.url ? basename(frame.url) + ":" + (frame.lineNumber + 1) : ""}`;
};
const self = new Map<string, number>();
const total = new Map<string, number>();
for (const id of profile.samples) {
  const key = name(nodes.get(id)!);
  self.set(key, (self.get(key) ?? 0) + 1);
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) seen.add(name(nodes.get(at)!));
  for (const k of seen) total.set(k, (total.get(k) ?? 0) + 1);
}
const count = profile.samples.length;
const share = (n: number) => ((100 * n) / count).toFixed(1).padStart(5) + "%";
const list = (map: Map<string, number>, skip: (key: string) => boolean) =>
  [...map.entries()]
    .filter(([key]) => !skip(key))
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(top))
    .map(([key, n]) => `${share(n)}  ${key}`)
    .join("\n");
console.log(`${count} samples\n\nself time:\n${list(self, () => false)}`);
// Total time without the frames every sample passes through (the event loop, module bodies).
console.log(
  `\ntotal time:\n${list(total, (key) => /^\((root|program|idle|garbage collector)\)|^processTicksAndRejections|^\(anonymous\) {2}[^:]*\.ts:1$/.test(key))}`,
);
