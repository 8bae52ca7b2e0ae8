export interface Loop {
  /** Cancels the next tick and waits for the one running, if any. */
  stop(): Promise<void>;
}

/**
 * Calls `tick` every `intervalMs` measured from the start of the previous tick, never two at
 * once: a tick longer than the interval delays only this loop's next one.
 */
export function startLoop(options: {
  intervalMs: number;
  firstDelayMs: number;
  tick: () => Promise<void>;
  onError: (error: unknown) => void;
}): Loop {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const fire = () => {
    const started = Date.now();
    running = options
      .tick()
      .catch(options.onError)
      .finally(() => {
        running = undefined;
        if (!stopped)
          timer = setTimeout(fire, Math.max(0, started + options.intervalMs - Date.now()));
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
