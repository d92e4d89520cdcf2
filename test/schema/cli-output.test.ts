import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { built, runCli } from '../cli/support/spawn-cli.js';
import { schemaValidators } from '../support/schema.js';

const corpusDir = fileURLToPath(new URL('../../corpus/', import.meta.url));

/** One line of the command's JSON Lines output (the fields this test reads). */
interface Line {
  source: string;
  article: unknown;
  facts: { id: string }[];
}

// The command runs from the build in dist/ (CI builds before it tests).
describe.skipIf(!built)('schema.json and the command line', () => {
  it('validates every record `solieu --format jsonl` writes for the corpus, whole and fact by fact', async () => {
    const { status, stdout, stderr } = await runCli([corpusDir, '--format', 'jsonl', '--quiet']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const lines = stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);
    const bulletins = readdirSync(corpusDir).filter((f) => /\.(txt|md|html)$/.test(f) && f !== 'README.md');
    // every bulletin, and the corpus README the command reads as one more Markdown document
    expect(lines.length).toBe(bulletins.length + 1);
    const { extraction, fact } = schemaValidators();
    let facts = 0;
    for (const line of lines) {
      const record = { article: line.article, facts: line.facts };
      expect(extraction(record), `${line.source}: ${JSON.stringify(extraction.errors?.slice(0, 3))}`).toBe(true);
      for (const f of line.facts) {
        facts++;
        expect(fact(f), `${line.source} ${f.id}: ${JSON.stringify(fact.errors?.slice(0, 3))}`).toBe(true);
      }
    }
    expect(facts).toBeGreaterThan(500);
  }, 120_000);
});
