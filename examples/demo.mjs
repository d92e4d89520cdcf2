#!/usr/bin/env node
// Extracts the facts of every bulletin in corpus/ and prints them as a readable table.
// Usage: npm run demo [-- --numbers]   (--numbers also lists every numeral found with its value)
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract, findNumbers } from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus');
const showNumbers = process.argv.includes('--numbers');
const files = readdirSync(root).filter((f) => /\.(txt|md|html?)$/.test(f) && f !== 'README.md').sort();

/** Clips a string to `n` characters on one line. */
const clip = (s, n) => {
  const one = String(s ?? '').replace(/\s+/g, ' ');
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
};

/** A quantity as '≈4568 %'. */
const num = (q) => (q ? `${q.approx ? q.approx + ' ' : ''}${q.value}${q.max !== undefined ? '–' + q.max : ''}${q.unit ? ' ' + q.unit : ''}` : '');

/** The fields of a fact worth a glance, as one string. */
function describe(f) {
  switch (f.kind) {
    case 'count': return `${num(f.quantity)}${f.total ? ' / ' + f.total.value : ''} ${f.entity}${f.action ? ' ← ' + f.action : ''}`;
    case 'average': return `${num(f.quantity)} ${f.entity ?? ''} per ${f.per}`;
    case 'percent': return `${num(f.quantity)}${f.of ? ' of ' + f.of : ''}${f.entity ? ' · ' + f.entity : ''}`;
    case 'money': return `${num(f.quantity)} ${f.currency}${f.per ? '/' + f.per : ''}${f.entity ? ' · ' + f.entity : ''}`;
    case 'change': return `${f.direction} ${f.before ? num(f.before) + ' → ' + num(f.after) : ''}${f.delta ? ' Δ' + num(f.delta) + ' (' + f.deltaUnit + ')' : ''}${f.multiplier ? ' ×' + f.multiplier : ''}${f.consistent === undefined ? '' : f.consistent ? ' ✓' : ' ✗ inconsistent'}${f.entity ? ' · ' + f.entity : ''}`;
    case 'period': return `${JSON.stringify(f.from ?? '')} → ${JSON.stringify(f.to ?? '')}${f.duration ? ' ' + f.duration.value + ' ' + f.duration.unit : ''}`;
    case 'date': return JSON.stringify(f.date);
    case 'reference': return `${f.docType} ${f.number ?? ''}${f.symbol ? '-' + f.symbol : ''}${f.issuer ? ' · ' + f.issuer : ''}${f.term ? ' · khóa ' + f.term : ''}`;
    case 'person': return `${f.name}${f.titles.length ? ' — ' + f.titles.join('; ') : ''}`;
    default: return `${f.name}${f.expansion ? ' (' + f.expansion + ')' : ''}${f.level ? ' · ' + f.level : ''}`;
  }
}

let total = 0;
for (const file of files) {
  const input = readFileSync(join(root, file), 'utf8');
  const { article, facts } = extract(input);
  total += facts.length;
  console.log(`\n■ ${file}\n  ${clip(article.title, 110)}${article.dateline ? `\n  dateline: ${article.dateline}` : ''}`);
  for (const f of facts) {
    const flags = `${f.target ? ' [target]' : ''}${f.period ? ' [' + f.period + ']' : ''}`;
    console.log(`  ${f.id.padEnd(4)} ${f.kind.padEnd(12)} ${clip(describe(f), 70).padEnd(70)} «${clip(f.span.text, 60)}»${flags}`);
  }
  if (showNumbers) {
    for (const m of findNumbers(input)) console.log(`       ${m.kind.padEnd(9)} ${String(m.value).padEnd(14)} «${m.span.text}»`);
  }
}
console.log(`\n${files.length} bulletins, ${total} facts.`);
