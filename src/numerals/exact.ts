/**
 * Exact decimal values: a BigInt mantissa and a power of ten. Scaling moves the decimal point
 * (2,01 triệu is 201 × 10^4, exactly) instead of multiplying floats.
 * @module
 */

/** An exact decimal `mantissa × 10^exponent`. */
export interface Exact {
  /** The digits, as an integer. */
  readonly mantissa: bigint;
  /** The power of ten to apply. */
  readonly exponent: number;
}

/** Zero. */
export const ZERO: Exact = { mantissa: 0n, exponent: 0 };

/** The exact value of a plain digit string with an optional fraction: ('1250', '75') → 1250,75. */
export function exactFromDigits(integer: string, fraction = ''): Exact {
  const digits = (integer + fraction).replace(/^0+(?=\d)/, '');
  return { mantissa: BigInt(digits === '' ? '0' : digits), exponent: -fraction.length };
}

/** The exact value of a small integer. */
export function exactFromInt(n: number): Exact {
  return { mantissa: BigInt(n), exponent: 0 };
}

/** `a` with its decimal point moved `places` to the right (a × 10^places). */
export function shift(a: Exact, places: number): Exact {
  return { mantissa: a.mantissa, exponent: a.exponent + places };
}

/** The sum of two exact values. */
export function add(a: Exact, b: Exact): Exact {
  if (a.exponent === b.exponent) return { mantissa: a.mantissa + b.mantissa, exponent: a.exponent };
  const [lo, hi] = a.exponent < b.exponent ? [a, b] : [b, a];
  const up = hi.mantissa * 10n ** BigInt(hi.exponent - lo.exponent);
  return { mantissa: lo.mantissa + up, exponent: lo.exponent };
}

/** `a` with its sign flipped. */
export function negate(a: Exact): Exact {
  return { mantissa: -a.mantissa, exponent: a.exponent };
}

/** True when `a` is zero. */
export function isZero(a: Exact): boolean {
  return a.mantissa === 0n;
}

/** True when `a` is a whole number. */
export function isInteger(a: Exact): boolean {
  if (a.exponent >= 0 || a.mantissa === 0n) return true;
  return a.mantissa % 10n ** BigInt(-a.exponent) === 0n;
}

/** -1, 0 or 1 as `a` is less than, equal to or greater than `b`. */
export function compare(a: Exact, b: Exact): number {
  const d = add(a, negate(b)).mantissa;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/** The nearest JavaScript number (one correctly rounded string conversion, no float arithmetic). */
export function toNumber(a: Exact): number {
  const n = Number(`${a.mantissa}e${a.exponent}`);
  return Object.is(n, -0) ? 0 : n;
}
