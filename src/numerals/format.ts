/**
 * formatNumber: a number printed Vietnamese style, '.' between thousands and ',' before decimals
 * (1250000.5 → '1.250.000,5'). Exact for every safe integer and for the shortest decimal form of
 * any other finite number.
 * @module
 */
import { NumberRangeError } from './to-words.js';

/** Options of {@link formatNumber}. */
export interface FormatOptions {
  /** Fixed number of decimals (rounded as `toFixed` does); by default the shortest exact form. */
  decimals?: number;
}

/** Plain decimal digits of a non-negative finite number, without exponent notation. */
function plainDigits(n: number, decimals: number | undefined): string {
  if (decimals !== undefined) return n.toFixed(decimals);
  const s = String(n);
  if (!s.includes('e')) return s;
  const [mantissa = '', exp = '0'] = s.split('e');
  const e = Number(exp);
  const [i = '', f = ''] = mantissa.split('.');
  const digits = i + f;
  const point = i.length + e;
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** `n` written with '.' thousands separators and a ',' decimal mark: formatNumber(4568) === '4.568'. */
export function formatNumber(n: number, options: FormatOptions = {}): string {
  if (typeof n !== 'number' || !Number.isFinite(n)) throw new NumberRangeError('formatNumber', n, 'expected a finite number');
  const negative = n < 0 || Object.is(n, -0);
  const [integer = '0', fraction] = plainDigits(Math.abs(n), options.decimals).split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const body = fraction ? `${grouped},${fraction}` : grouped;
  return negative && body !== '0' && /[1-9]/.test(body) ? `-${body}` : body;
}
