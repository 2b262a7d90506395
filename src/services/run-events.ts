/**
 * Run events: every change of a run's state is announced on the database's `run_events` channel (ids
 * only, so a payload stays within PostgreSQL's 8,000 bytes), and each process that has subscribers
 * reads the announced runs once and hands them to each. On SQLite the channel is this process's; on
 * PostgreSQL every instance hears every other's (LISTEN/NOTIFY).
 */
import { database } from "../db";
import { log } from "../logger";
import { ALL_KIND_ROWS } from "../schedule-kinds";
import * as store from "../store/run";

const CHANNEL = "run_events";
/** Ids per announcement: 36 characters each and a comma, within the 8,000-byte payload. */
const IDS_PER_MESSAGE = 200;

/** Announces that these runs were made or changed state. */
export async function announceRuns(ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += IDS_PER_MESSAGE) {
    await database.publish(CHANNEL, ids.slice(i, i + IDS_PER_MESSAGE).join(","));
  }
}

interface Listener {
  event(run: store.RunWithSchedule): void;
  /** The process is stopping: the subscription ends. */
  end(): void;
}
const listeners = new Set<Listener>();
let listening: Promise<unknown> | null = null;

async function deliver(payload: string): Promise<void> {
  if (listeners.size === 0 || payload === "") return;
  try {
    const ids = payload.split(",");
    const byId = new Map((await store.findRunsById(ids, ALL_KIND_ROWS)).map((run) => [run.id, run]));
    // in the order announced
    for (const id of ids) {
      const run = byId.get(id);
      if (run) for (const listener of listeners) listener.event(run);
    }
  } catch (error) {
    log.error({ err: error }, "could not read announced runs");
  }
}

/**
 * Starts listening on the channel (at the process's start, so that the first subscriber does not wait
 * for it, nor miss what is announced while it is being set up).
 */
export function listenForRunEvents(): Promise<unknown> {
  listening ??= database.subscribe(CHANNEL, (payload) => void deliver(payload));
  return listening;
}

/**
 * Calls `listener.event` with each run whose state changes, until the returned function is called or
 * the process stops (`listener.end`).
 */
export async function onRunEvents(listener: Listener): Promise<() => void> {
  await listenForRunEvents();
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Ends every subscription (the process is stopping), so their streams close and the server can exit. */
export function endRunEvents(): void {
  for (const listener of [...listeners]) listener.end();
  listeners.clear();
}
