// `dpia check` on many files uses the machine's cores, as ESLint's, Ruff's and Biome's
// linters do: worker threads each load the analysis (src/check/analyse.ts) once and
// analyse the files the main thread sends them, while the main thread finds, reads and
// caches. What a file's analysis says does not depend on which thread made it, and the
// report keeps the files' order, so the output is the same bytes with or without workers.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalyseSettings, WorkerReply } from './analyse.ts';
import { PARALLEL_MIN_FILES } from './concurrency.ts';

/** Files sent to a worker ahead of its answers, so that it never waits for the main thread. */
const AHEAD = 8;

/**
 * How many workers to start (0: none yet) for `--concurrency` `setting` where workers may
 * start (concurrency.ts): auto, one per core once 64 files wait for analysis (fewer cost
 * more to start than they save), no more than one per 64 files that may need it; a number,
 * at the first file that needs it.
 */
export function workerCount(setting: string, waiting: number, potential: number): number {
  if (setting === 'auto') {
    return waiting >= PARALLEL_MIN_FILES ? Math.min(availableParallelism(), Math.ceil(potential / PARALLEL_MIN_FILES)) : 0;
  }
  return Math.min(Number(setting), potential);
}

interface Job {
  id: number;
  text: string;
  display: string;
  resolve(reply: WorkerReply): void;
  reject(error: Error): void;
}

export interface WorkerPool {
  /** The analysis of one file, or the reason it has none, from whichever worker is free. */
  analyse(text: string, display: string): Promise<WorkerReply>;
  /** Whether more files may be sent now without holding many texts in memory. */
  hasRoom(): boolean;
  /** Resolves when some file sent earlier has its answer (or the pool failed). */
  nextAnswer(): Promise<void>;
  close(): Promise<void>;
}

/** `size` workers, each loading the analysis at `engineUrl` (the module's own URL, built or not). */
export function workerPool(engineUrl: string, size: number, settings: AnalyseSettings): WorkerPool {
  const queue: Job[] = [];
  const waiting: (() => void)[] = [];
  let nextId = 0;
  let failed: Error | undefined;
  const workers = Array.from({ length: size }, () => {
    // An ES module's import() loads the bundle (CommonJS) and the source (under tsx) alike.
    const worker = new Worker(`import(${JSON.stringify(engineUrl)}).then((m) => (m.serveWorker ?? m.default.serveWorker)())`, { eval: true, workerData: settings });
    const slot = { worker, busy: new Map<number, Job>() };
    worker.on('message', (reply: WorkerReply) => {
      const job = slot.busy.get(reply.id);
      if (!job) return;
      slot.busy.delete(reply.id);
      job.resolve(reply);
      feed(slot);
      waiting.splice(0).forEach((wake) => wake());
    });
    worker.on('error', (error) => fail(error));
    worker.on('exit', (code) => { if (slot.busy.size > 0) fail(new Error(`a check worker stopped (exit code ${code})`)); });
    return slot;
  });

  function feed(slot: (typeof workers)[number]): void {
    while (slot.busy.size < AHEAD && queue.length > 0) {
      const job = queue.shift()!;
      slot.busy.set(job.id, job);
      slot.worker.postMessage({ id: job.id, text: job.text, display: job.display });
    }
  }

  function fail(error: Error): void {
    failed ??= error;
    for (const slot of workers) {
      for (const job of slot.busy.values()) job.reject(error);
      slot.busy.clear();
    }
    queue.splice(0).forEach((job) => job.reject(error));
    waiting.splice(0).forEach((wake) => wake());
  }

  const inFlight = () => queue.length + workers.reduce((n, slot) => n + slot.busy.size, 0);

  return {
    analyse(text, display) {
      if (failed) return Promise.reject(failed);
      return new Promise<WorkerReply>((resolve, reject) => {
        queue.push({ id: nextId++, text, display, resolve, reject });
        // The least busy worker takes it.
        feed(workers.reduce((a, b) => (b.busy.size < a.busy.size ? b : a)));
      });
    },
    hasRoom: () => inFlight() < size * AHEAD * 2,
    nextAnswer: () => new Promise<void>((wake) => (inFlight() === 0 || failed ? wake() : waiting.push(wake))),
    close: async () => {
      await Promise.all(workers.map((slot) => slot.worker.terminate()));
    },
  };
}
