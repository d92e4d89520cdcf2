/** A temporary folder of bulletins from corpus/ (text, Markdown and HTML), with broken files added by each test. */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of the bundled bulletins. */
export const CORPUS_DIR = fileURLToPath(new URL('../../../corpus/', import.meta.url));

/** The first `perKind` bulletins of corpus/ of each extension, sorted. */
export function sampleBulletins(perKind: number): string[] {
  const files = readdirSync(CORPUS_DIR).filter((f) => f !== 'README.md').sort();
  return ['.txt', '.md', '.html'].flatMap((ext) => files.filter((f) => f.endsWith(ext)).slice(0, perKind));
}

/** A fresh temporary folder. */
export function tempFolder(prefix = 'solieu-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Copies `files` of corpus/ into `dir` (the last one into a sub-folder `nested/`); returns their paths relative to `dir`. */
export function copyBulletins(dir: string, files: readonly string[]): string[] {
  mkdirSync(join(dir, 'nested'), { recursive: true });
  return files.map((file, i) => {
    const rel = i === files.length - 1 ? join('nested', file) : file;
    copyFileSync(join(CORPUS_DIR, file), join(dir, rel));
    return rel;
  });
}

/** Removes a temporary folder. */
export function removeFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
