/**
 * A fixed-size pool of worker threads that extract batches of documents. Workers start on
 * demand, are unreferenced while idle (an abandoned pool does not keep the process alive), and
 * one that dies mid-batch turns that batch into error outcomes and is replaced.
 * @module
 */
import { Worker } from 'node:worker_threads';
import type { ExtractionJob } from './documents.js';
import type { BatchRequest, JobOutcome, WorkerReply } from './protocol.js';
import { SolieuError } from '../errors.js';

/** Young-generation size of each worker, in MB: with the heap limit, keeps a long run's RSS flat and low. */
const YOUNG_GENERATION_MB = 16;

/** How a batch ended: its outcomes, or a failure that ends the whole stream. */
export type BatchSettlement = { outcomes: JobOutcome[] } | { fatal: SolieuError };

/** A batch waiting for or running on a worker. */
interface Task {
  /** Its number. */
  batch: number;
  /** Its documents. */
  jobs: ExtractionJob[];
  /** Settles the promise returned by {@link WorkerPool.run}. */
  settle: (settlement: BatchSettlement) => void;
}

/** One worker and what it is doing. */
interface Slot {
  /** The thread. */
  worker: Worker;
  /** True once the worker has loaded its module. */
  ready: boolean;
  /** The batch it runs, if any. */
  task: Task | undefined;
  /** True once it has exited or been dropped. */
  gone: boolean;
}

/** Worker threads running the extraction script at `script`. */
export class WorkerPool {
  /** The worker module. */
  readonly script: URL;
  /** Most workers at once. */
  readonly size: number;
  /** Heap limit of each worker, in MB. */
  readonly heapMb: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextBatch = 0;
  private closed = false;
  private failure: SolieuError | undefined;
  /** Workers started so far, replacements included. */
  started = 0;

  /**
   * Makes a pool of at most `size` workers running `script`, each with a heap of at most
   * `heapMb` MB; no thread starts until a batch comes.
   */
  constructor(script: URL, size: number, heapMb: number) {
    this.script = script;
    this.size = size;
    this.heapMb = heapMb;
  }

  /** Workers alive now. */
  get liveWorkers(): number {
    return this.slots.length;
  }

  /** Extracts a batch; resolves with one outcome per job, in order (never rejects). */
  run(jobs: ExtractionJob[]): Promise<BatchSettlement> {
    return new Promise((settle) => {
      if (this.failure) return settle({ fatal: this.failure });
      if (this.closed) return settle({ fatal: new SolieuError('worker-failed', 'extractStream: the worker pool is closed') });
      this.queue.push({ batch: this.nextBatch++, jobs, settle });
      this.pump();
    });
  }

  /**
   * Stops every worker. Batches still queued or running settle as failed (with the pool's failure,
   * or as closed), so that nothing waits on a batch no worker will finish.
   */
  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    const fatal = this.failure ?? new SolieuError('worker-failed', 'extractStream: the worker pool is closed');
    const unfinished = [...slots.flatMap((slot) => (slot.task ? [slot.task] : [])), ...this.queue.splice(0)];
    for (const slot of slots) {
      slot.gone = true;
      slot.task = undefined;
    }
    for (const task of unfinished) task.settle({ fatal });
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  /** Hands queued batches to idle workers, starting workers while under the size. */
  private pump(): void {
    while (this.queue.length > 0 && !this.closed) {
      const slot = this.slots.find((s) => !s.task) ?? (this.slots.length < this.size ? this.spawn() : undefined);
      if (!slot) return;
      const task = this.queue.shift() as Task;
      slot.task = task;
      slot.worker.ref();
      slot.worker.postMessage({ batch: task.batch, jobs: task.jobs } satisfies BatchRequest);
    }
  }

  /** Starts one worker and wires its events. */
  private spawn(): Slot {
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    const slot: Slot = { worker, ready: false, task: undefined, gone: false };
    this.slots.push(slot);
    this.started++;
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'ready') {
        slot.ready = true;
        return;
      }
      const task = slot.task;
      if (!task || task.batch !== reply.batch) return;
      slot.task = undefined;
      worker.unref();
      task.settle({ outcomes: reply.outcomes });
      this.pump();
    });
    worker.on('error', (err) => this.lose(slot, err.message));
    worker.on('exit', (code) => this.lose(slot, `the worker exited with code ${code}`));
    return slot;
  }

  /** A worker died: its batch fails document by document and a new worker takes over, unless it never started. */
  private lose(slot: Slot, why: string): void {
    if (slot.gone) return;
    slot.gone = true;
    this.slots.splice(this.slots.indexOf(slot), 1);
    const task = slot.task;
    if (!slot.ready) {
      // the other workers run the same module: fail the stream, with every batch queued or running
      this.failure = new SolieuError('worker-failed', `extractStream: could not start a worker from ${this.script.href}: ${why}`);
      slot.task = undefined;
      task?.settle({ fatal: this.failure });
      void this.close();
      return;
    }
    if (task) {
      const error = { code: 'worker-failed', message: `extractStream: the worker extracting this document failed: ${why}` };
      task.settle({ outcomes: task.jobs.map(() => ({ error })) });
    }
    this.pump();
  }
}
