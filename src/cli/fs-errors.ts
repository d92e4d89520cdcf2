/**
 * File-system errors in a few words, for the one line that reports an input.
 * @module
 */

/** Plain words for the error codes a read can meet. */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  ELOOP: 'too many levels of symbolic links',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'file name too long',
  EIO: 'input/output error',
};

/** Why a file-system call failed, in a few words: the meaning of its code, else its message. */
export function describeFsError(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return REASONS[code] ?? `cannot read (${code})`;
  return err instanceof Error ? err.message : String(err);
}
