/** Runs a task now and then every `intervalMs` (or sooner when woken), one pass at a time; stop() waits for the pass. */
export interface Loop {
  wake(): void;
  stop(): Promise<void>;
}

export function startLoop(task: () => Promise<void>, intervalMs: number, onError: (e: unknown) => void): Loop {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  const pass = () => {
    if (stopped) return;
    if (running) {
      again = true; // woken during a pass: run once more right after it
      return;
    }
    clearTimeout(timer);
    running = task()
      .catch(onError)
      .finally(() => {
        running = undefined;
        if (stopped) return;
        if (again) {
          again = false;
          setImmediate(pass);
        } else timer = setTimeout(pass, intervalMs);
      });
  };
  setImmediate(pass);
  return {
    wake: pass,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
