/**
 * Every regular expression of `src/`, found two ways: the regex literals of the source files (read
 * by TypeScript's parser, so a '/' in a string, a comment or a division is never taken for one),
 * and the patterns built at run time (`new RegExp`, XRegExp), caught by standing in for the
 * global RegExp constructor while the modules load and read sample articles.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A pattern and where it comes from. */
export interface FoundRegex {
  /** The pattern source, as `RegExp.prototype.source` gives it. */
  source: string;
  /** Its flags. */
  flags: string;
  /** 'src/numerals/digits.ts:17' (for a built pattern, the line that built it). */
  where: string;
}

/** Every `.ts` file under `dir`. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every source file of `src/`, absolute. */
export function srcFiles(): string[] {
  return sourceFiles(join(ROOT, 'src'));
}

/** The regex literals of every source file of `src/`, parsed by TypeScript. */
export function regexLiterals(): FoundRegex[] {
  const found: FoundRegex[] = [];
  for (const file of srcFiles()) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = (node as ts.RegularExpressionLiteral).text;
        const slash = text.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        found.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: `${relative(ROOT, file)}:${line}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

/** The first stack frame inside `src/`, as 'src/…/file.ts:line', or undefined. */
function srcFrame(stack: string): string | undefined {
  const prefix = join(ROOT, 'src') + '/';
  for (const line of stack.split('\n').slice(1)) {
    const at = line.indexOf(prefix);
    if (at < 0) continue;
    const m = /^([^:)]+):(\d+)/.exec(line.slice(at));
    if (m) return `${relative(ROOT, m[1] as string)}:${m[2]}`;
  }
  return undefined;
}

/**
 * The patterns `src/` builds at run time while `run` goes: the global RegExp constructor is
 * replaced by a recording stand-in for that time (so `run` must import the modules itself).
 * Patterns built by libraries outside `src/` are left out.
 */
export async function regexesBuiltDuring(run: () => Promise<void>): Promise<FoundRegex[]> {
  const Original = RegExp;
  const found: FoundRegex[] = [];
  const record = (args: unknown[]): RegExp => {
    const re = Reflect.construct(Original, args) as RegExp;
    const where = srcFrame(new Error().stack ?? '');
    if (where) found.push({ source: re.source, flags: re.flags, where });
    return re;
  };
  globalThis.RegExp = new Proxy(Original, {
    construct: (_target, args) => record(args),
    apply: (_target, _self, args) => record(args),
  });
  try {
    await run();
  } finally {
    globalThis.RegExp = Original;
  }
  return found;
}

/** `found` with each pattern (source and flags) once, at its first place. */
export function uniquePatterns(found: readonly FoundRegex[]): FoundRegex[] {
  const seen = new Map<string, FoundRegex>();
  for (const f of found) {
    const key = `${f.flags}/${f.source}`;
    if (!seen.has(key)) seen.set(key, f);
  }
  return [...seen.values()];
}
