// Reading an archive of bulletins for the examples: a folder (recursively: .txt .md .markdown
// .html .htm .jsonl) or a .jsonl archive (one article per line, its text in the field `text`),
// with the command line's own readers from dist/cli, and a source name for each document.
import { basename } from 'node:path';
import { DEFAULT_MAX_LENGTH, extractStream } from '../../dist/index.js';
import { planInputs } from '../../dist/cli/folders.js';
import { readInputs } from '../../dist/cli/inputs.js';

/**
 * The documents of `archive` as `{ text, source }`, in order; inputs that cannot be read are
 * passed to `report(source, reason)`. A folder's README.md (notes, not a bulletin) is left out.
 */
export async function* archiveDocuments(archive, report) {
  const plan = await planInputs([archive], false);
  plan.problems.forEach((p) => report(p.source, p.reason));
  const inputs = plan.inputs.filter((input) => basename(input.path ?? '') !== 'README.md');
  const options = { jsonlField: 'text', stdin: process.stdin, maxBytes: 3 * DEFAULT_MAX_LENGTH };
  for await (const item of readInputs(inputs, options)) {
    if ('problem' in item) report(item.problem.source, item.problem.reason);
    else yield { text: item.document.text, source: item.document.source };
  }
}

/**
 * Extracts every document of `archive` and yields `{ source, result }` in order; what cannot be
 * read or extracted is named on stderr and counted in `problems.count`.
 */
export async function* archiveExtractions(archive, problems = { count: 0 }) {
  const report = (source, reason) => {
    problems.count++;
    console.error(`${source}: ${reason}`);
  };
  for await (const item of extractStream(archiveDocuments(archive, report))) {
    if ('error' in item) report(item.document.source, item.error.message);
    else yield { source: item.document.source, result: item.result };
  }
}
