#!/usr/bin/env node
// Adding a phrasing through createExtractor({ rules: [...] }): the rule in custom-rule/rule.mjs
// reads a share written as a fraction ('Tỷ lệ đảng viên nữ là 1/3'), which the default rules leave
// alone, as a percent fact (33.33, about). It prints what the default extractor and the extended
// one read from a small sample. The same rule is property-tested in
// test/examples/custom-rule.test.ts: any fraction in the phrasing is read back with its value.
// Usage: npm run example:custom-rule
import { createExtractor, extract } from '../dist/index.js';
import { fractionShare } from './custom-rule/rule.mjs';

const sample = 'Đảng bộ huyện hiện có 2.460 đảng viên; tỷ lệ đảng viên nữ là 1/3, tỷ lệ đảng viên là người dân tộc thiểu số chiếm 3/4.';
const mine = createExtractor({ rules: [fractionShare] });

const show = (facts) => facts.filter((f) => f.kind === 'percent' || f.kind === 'count')
  .map((f) => `  ${f.rule.padEnd(24)} ${JSON.stringify(f.span.text)} → ${f.quantity.value}${f.kind === 'percent' ? '%' : ''}${f.quantity.approx ? ` (${f.quantity.approx})` : ''}${f.entity ? ` · ${f.entity}` : ''}`)
  .join('\n');

console.log(`Text: ${sample}\n`);
console.log(`Default rules:\n${show(extract(sample).facts) || '  (no percent)'}\n`);
console.log(`With percent/fraction-share:\n${show(mine.extract(sample).facts)}`);
