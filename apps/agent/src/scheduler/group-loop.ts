export interface Loop {
  /** Cancels the next tick and waits for the one running, if any. */
  stop(): Promise<void>;
}

/**
 * Calls `tick` every `intervalMs` measured from the start of the previous tick, never two at
 * once: a tick longer than the interval delays only this loop's next one. A tick may return
 * another delay (from its own start) for the next one.
 */
export function startLoop(options: {
  intervalMs: number;
  firstDelayMs: number;
  tick: () => Promise<number | undefined>;
  onError: (error: unknown) => void;
}): Loop {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const fire = () => {
    const started = Date.now();
    let delayMs = options.intervalMs;
    running = options
      .tick()
      .then((next) => {
        if (typeof next === "number") delayMs = next;
      })
      .catch(options.onError)
      .finally(() => {
        running = undefined;
        if (!stopped) timer = setTimeout(fire, Math.max(0, started + delayMs - Date.now()));
      });
  };
  timer = setTimeout(fire, options.firstDelayMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
