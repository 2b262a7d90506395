/**
 * Times each benchmark case (median of several runs after warm-up) and prints the ratios
 * ours/croner, ours/cron-parser and after-2200/after-2026. Run: npx tsx test/bench/engine-ratios.ts
 */
import { CRON_CASES, FAR, START, campaignCalendar, croner, cronParser, issuingCalendar, jobCalendar, ours, oursFromSpec } from "./cases";
import { clearZoneOffsetCache } from "../../src/recurrence/index";

const RUNS = Number(process.env.RUNS ?? 15);

function median(fn: () => unknown): number {
  for (let i = 0; i < 3; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const ms = (x: number) => x.toFixed(3).padStart(8) + " ms";
const ratio = (a: number, b: number) => (a / b).toFixed(3);

console.log(`median of ${RUNS} runs, 1000 occurrences from ${START.toISOString()}`);
for (const c of CRON_CASES) {
  const calendar = jobCalendar(c.spec, c.zone);
  const tOurs = median(() => ours(calendar));
  const tOursParse = median(() => oursFromSpec(c.spec, c.zone));
  const tCold = median(() => {
    clearZoneOffsetCache();
    return oursFromSpec(c.spec, c.zone);
  });
  const tCroner = median(() => croner(c.spec, c.zone));
  const tParser = median(() => cronParser(c.spec, c.zone));
  console.log(`\n${c.name}`);
  console.log(`  ours (parsed once)     ${ms(tOurs)}`);
  console.log(`  ours (parse + iterate) ${ms(tOursParse)}`);
  console.log(`  ours (cold zone cache) ${ms(tCold)}`);
  console.log(`  croner                 ${ms(tCroner)}`);
  console.log(`  cron-parser            ${ms(tParser)}`);
  console.log(`  ours/croner       ${ratio(tOursParse, tCroner)}  (goal ≤ 0.5)`);
  console.log(`  ours/cron-parser  ${ratio(tOursParse, tParser)}`);
  console.log(`  ours cold/croner  ${ratio(tCold, tCroner)}`);
}
for (const [name, calendar] of [
  ["campaign WEEKLY 2..6 hours 8/3 New York", campaignCalendar],
  ["issuing CUSTOM every 2 weeks", issuingCalendar],
  ["cron */5 London", jobCalendar("*/5 * * * *", "Europe/London")],
] as const) {
  const t1000 = median(() => ours(calendar));
  const tNow = median(() => ours(calendar, START, 10));
  const tFar = median(() => ours(calendar, FAR, 10));
  console.log(`\n${name}`);
  console.log(`  1000 occurrences       ${ms(t1000)}`);
  console.log(`  first 10 after 2026    ${ms(tNow)}`);
  console.log(`  first 10 after 2200    ${ms(tFar)}`);
  console.log(`  2200/now          ${ratio(tFar, tNow)}  (goal ≤ 2)`);
}
