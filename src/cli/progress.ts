/**
 * The progress bar on stderr (cli-progress): shown on a terminal once a second document is read,
 * never with --quiet; lines reported meanwhile are printed above it.
 * @module
 */
import cliProgress from 'cli-progress';

/** Where problems are written, and the progress of the run. */
export interface ProgressDisplay {
  /** A document was read from the inputs (the bar appears with the second one). */
  documentRead(): void;
  /** A document was written (or reported), taking `bytes` bytes of input. */
  documentDone(bytes: number): void;
  /** Writes the line of a failed input to stderr, above the bar when it is shown. */
  report(text: string): void;
  /** Removes the bar. */
  stop(): void;
}

/** How the bar is set up. */
export interface ProgressSettings {
  /** The stream the bar and the lines go to. */
  stream: NodeJS.WritableStream;
  /** False to never show the bar (not a terminal, or --quiet). */
  enabled: boolean;
  /** Bytes of input in all, when known (every input is a file); undefined shows counts only. */
  totalBytes: number | undefined;
}

/** Bar layout when the total size is known. */
const WITH_TOTAL = 'solieu {bar} {percentage}% | {documents} documents | {failed} failed | {duration_formatted}';
/** Layout when it is not (stdin). */
const WITHOUT_TOTAL = 'solieu {documents} documents | {failed} failed | {duration_formatted}';

/** A progress display on `settings.stream`. */
export function createProgress(settings: ProgressSettings): ProgressDisplay {
  let read = 0;
  let done = 0;
  let failed = 0;
  let bytes = 0;
  let bars: cliProgress.MultiBar | undefined;
  let bar: cliProgress.SingleBar | undefined;
  const total = settings.totalBytes !== undefined && settings.totalBytes > 0 ? settings.totalBytes : undefined;
  /** Shows the latest counts. */
  const update = (): void => bar?.update(total === undefined ? 0 : Math.min(bytes, total), { documents: done, failed });
  return {
    documentRead() {
      read++;
      if (read === 2 && settings.enabled && !bars) {
        bars = new cliProgress.MultiBar(
          { stream: settings.stream, format: total === undefined ? WITHOUT_TOTAL : WITH_TOTAL, hideCursor: true, clearOnComplete: true, etaBuffer: 50 },
          cliProgress.Presets.shades_classic,
        );
        bar = bars.create(total ?? 1, 0, { documents: done, failed });
        bars.update();
      }
    },
    documentDone(size) {
      done++;
      bytes += size;
      update();
    },
    report(text) {
      failed++;
      if (!bars) {
        settings.stream.write(`${text}\n`);
        return;
      }
      bars.log(`${text}\n`);
      update();
    },
    stop() {
      bars?.stop();
      bars = undefined;
      bar = undefined;
    },
  };
}
