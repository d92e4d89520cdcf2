import { describe, expect, it } from 'vitest';
import { parseArguments, type ParsedArguments } from '../../src/cli/program.js';

/** Parses `argv`, collecting what the parser writes. */
function parse(argv: string[]): { parsed: ParsedArguments; out: string; err: string } {
  let out = '';
  let err = '';
  const parsed = parseArguments(argv, { writeOut: (s) => (out += s), writeErr: (s) => (err += s) });
  return { parsed, out, err };
}

describe('parseArguments', () => {
  it('takes inputs with the defaults of the contract', () => {
    expect(parse(['a.txt', 'dir']).parsed).toEqual({
      options: { inputs: ['a.txt', 'dir'], format: undefined, inputFormat: 'auto', jsonlField: undefined, workers: 'auto', output: undefined, quiet: false },
    });
  });

  it("takes '--workers auto' as the default it is", () => {
    const { parsed } = parse(['a.txt', '--workers', 'auto']);
    expect(parsed).toMatchObject({ options: { workers: 'auto' } });
  });

  it('takes the optional verb and every option, before or after the inputs', () => {
    const { parsed } = parse(['extract', '--format', 'csv', '-', 'b.md', '--input-format', 'html', '--jsonl-field', 'body', '--workers', '3', '--output', 'out.csv', '--quiet']);
    expect(parsed).toEqual({
      options: { inputs: ['-', 'b.md'], format: 'csv', inputFormat: 'html', jsonlField: 'body', workers: 3, output: 'out.csv', quiet: true },
    });
  });

  it.each([
    [[], 'missing required argument'],
    [['extract'], 'missing required argument'],
    [['a.txt', '--bogus'], "unknown option '--bogus'"],
    [['a.txt', '--format', 'xml'], 'Allowed choices are jsonl, json, csv, table'],
    [['a.txt', '--input-format', 'pdf'], 'Allowed choices are auto, text, markdown, html'],
    [['a.txt', '--workers', '0'], 'whole number of at least 1'],
    [['a.txt', '--workers', '1.5'], 'whole number of at least 1'],
    [['a.txt', '--workers', 'many'], "'auto' or a whole number"],
    [['a.txt', '--workers'], "argument missing"],
    [['a.txt', '--jsonl-field', ''], 'must not be empty'],
  ])('exits 2 on %j with a short usage text', (argv, message) => {
    const { parsed, out, err } = parse(argv);
    expect(parsed).toEqual({ exitCode: 2 });
    expect(out).toBe('');
    expect(err).toContain(message);
    expect(err).toContain('Usage: solieu [extract] <file|folder|->...');
    expect(err.split('\n').length).toBeLessThan(8);
  });

  it('shows help and version on stdout with status 0', () => {
    const help = parse(['--help']);
    expect(help.parsed).toEqual({ exitCode: 0 });
    for (const flag of ['--format', '--input-format', '--jsonl-field', '--workers', '--output', '--quiet']) expect(help.out).toContain(flag);
    const version = parse(['--version']);
    expect(version.parsed).toEqual({ exitCode: 0 });
    expect(version.out).toMatch(/^\d+\.\d+\.\d+/);
  });
});
