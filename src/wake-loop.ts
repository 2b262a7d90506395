/**
 * The loop of a background task (the dispatcher's cycle, the delivery worker's take): the task runs when
 * woken, at once (`wake`) or by a timer (`arm`: the earliest time asked wins, never more than `pollMs`
 * away, the safety net for work announced by other processes), and never twice at once. A wake while it
 * runs is kept: the task may take it into account as it goes (`takeWake`), else it runs once more after.
 */
export interface WakeLoop {
  /** Runs the task now, or once more after the run under way (which `onWakeWhileRunning` may cut short). */
  wake(): void;
  /** Runs the task in `realDelayMs` (at most `pollMs`), unless the timer is armed sooner. */
  arm(realDelayMs: number): void;
  /** Whether it was woken since the run under way began (or since the last call); clears that. */
  takeWake(): boolean;
  /** True once `stop` was called: the task ends as soon as it can. */
  readonly stopping: boolean;
  /** Arms nothing more, runs nothing more, and waits for the run under way. */
  stop(): Promise<void>;
}

export interface WakeLoopOptions {
  /** The longest the timer waits (real ms). */
  pollMs: number;
  /** Called when it is woken while the task runs (the task may be waiting, and should look again). */
  onWakeWhileRunning?: () => void;
}

export function startWakeLoop(task: () => Promise<void>, options: WakeLoopOptions): WakeLoop {
  let stopping = false;
  let timer: NodeJS.Timeout | null = null;
  let armedFor = Number.POSITIVE_INFINITY;
  let running: Promise<void> | null = null;
  let woken = false;

  const wake = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    armedFor = Number.POSITIVE_INFINITY;
    if (stopping) return;
    if (running) {
      woken = true;
      options.onWakeWhileRunning?.();
      return;
    }
    woken = false;
    running = task().finally(() => {
      running = null;
      if (woken && !stopping) wake();
    });
  };

  return {
    wake,
    arm(realDelayMs) {
      if (stopping) return;
      const delay = Math.max(0, Math.min(realDelayMs, options.pollMs));
      const at = Date.now() + delay;
      if (timer && at >= armedFor) return;
      if (timer) clearTimeout(timer);
      armedFor = at;
      timer = setTimeout(wake, delay);
    },
    takeWake() {
      const was = woken;
      woken = false;
      return was;
    },
    get stopping() {
      return stopping;
    },
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}
