/**
 * A fixed-size pool of worker threads that extract batches of documents. Workers start on
 * demand, each holds up to {@link BATCHES_PER_WORKER} batches (the next one waits in its port, so
 * that it never idles while the calling thread handles a reply), are unreferenced while idle (an
 * abandoned pool does not keep the process alive), and one that dies mid-batch turns that batch
 * into error outcomes, hands the batches it had not started back to the queue and is replaced.
 * @module
 */
import { Worker } from 'node:worker_threads';
import type { ExtractionJob } from './documents.js';
import type { BatchRequest, JobOutcome, WorkerReply } from './protocol.js';
import { SolieuError } from '../errors.js';

/**
 * Young-generation size of each worker, in MB: that of a main thread on a 64-bit machine. Left to
 * itself, V8 sizes a worker's young generation from its heap limit (a third of this under 512 MB),
 * and the extra scavenges and promotions made 2 workers about a tenth slower (a 300 MB archive on
 * 2 workers: 125 s with 16 MB, 103–109 s with 32 or 48; RSS about 230 MB with 16, 255–290 MB
 * with 32 or 48, under the 300 MB bound).
 */
const YOUNG_GENERATION_MB = 48;

/** Batches a worker holds at once: the one it runs and the next. */
export const BATCHES_PER_WORKER = 2;

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
  /** The batches sent to it, oldest first: a worker runs them one after another, in order. */
  tasks: Task[];
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
    const unfinished = [...slots.flatMap((slot) => slot.tasks.splice(0)), ...this.queue.splice(0)];
    for (const slot of slots) slot.gone = true;
    for (const task of unfinished) task.settle({ fatal });
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  /**
   * Hands queued batches to workers: an idle worker first, then a new one while under the size,
   * then one holding fewer than {@link BATCHES_PER_WORKER}.
   */
  private pump(): void {
    while (this.queue.length > 0 && !this.closed) {
      const slot =
        this.slots.find((s) => s.tasks.length === 0) ??
        (this.slots.length < this.size ? this.spawn() : this.slots.find((s) => s.tasks.length < BATCHES_PER_WORKER));
      if (!slot) return;
      const task = this.queue.shift() as Task;
      slot.tasks.push(task);
      slot.worker.ref();
      slot.worker.postMessage({ batch: task.batch, jobs: task.jobs } satisfies BatchRequest);
    }
  }

  /** Starts one worker and wires its events. */
  private spawn(): Slot {
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    const slot: Slot = { worker, ready: false, tasks: [], gone: false };
    this.slots.push(slot);
    this.started++;
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'ready') {
        slot.ready = true;
        return;
      }
      const at = slot.tasks.findIndex((t) => t.batch === reply.batch);
      if (at < 0) return;
      const [task] = slot.tasks.splice(at, 1) as [Task];
      if (slot.tasks.length === 0) worker.unref();
      task.settle({ outcomes: reply.outcomes });
      this.pump();
    });
    worker.on('error', (err) => this.lose(slot, err.message));
    worker.on('exit', (code) => this.lose(slot, `the worker exited with code ${code}`));
    return slot;
  }

  /**
   * A worker died: the batch it ran fails document by document, the batches it had not started go
   * back to the front of the queue, and a new worker takes over, unless it never started.
   */
  private lose(slot: Slot, why: string): void {
    if (slot.gone) return;
    slot.gone = true;
    this.slots.splice(this.slots.indexOf(slot), 1);
    const [running, ...waiting] = slot.tasks.splice(0);
    if (!slot.ready) {
      // the other workers run the same module: fail the stream, with every batch queued or running
      this.failure = new SolieuError('worker-failed', `extractStream: could not start a worker from ${this.script.href}: ${why}`);
      for (const task of [running, ...waiting]) task?.settle({ fatal: this.failure });
      void this.close();
      return;
    }
    if (running) {
      const error = { code: 'worker-failed', message: `extractStream: the worker extracting this document failed: ${why}` };
      running.settle({ outcomes: running.jobs.map(() => ({ error })) });
    }
    this.queue.unshift(...waiting);
    this.pump();
  }
}
