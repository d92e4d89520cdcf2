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

/** Digit strings up to this length are integers that a double holds exactly. */
const MAX_DOUBLE_DIGITS = 15;

/** Leading zeros before another digit: '007' → '7', '000' → '0'. */
const LEADING_ZEROS = /^0+(?=\d)/;

/** The exact value of a plain digit string with an optional fraction: ('1250', '75') → 1250,75. */
export function exactFromDigits(integer: string, fraction = ''): Exact {
  const joined = integer + fraction;
  // leading zeros are dropped (one kept for zero itself); most figures have none
  const digits = joined.charCodeAt(0) === 0x30 ? joined.replace(LEADING_ZEROS, '') : joined;
  // up to 15 digits a double holds the integer exactly, and BigInt of a number is quicker than of a string
  const mantissa = digits.length <= MAX_DOUBLE_DIGITS ? BigInt(Number(digits)) : BigInt(digits);
  return { mantissa, exponent: -fraction.length };
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

/** Powers of ten that a double holds exactly: 1e0 … 1e22. */
const EXACT_POWERS_OF_TEN: readonly number[] = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/** The largest mantissa a double holds exactly (2^53). */
const MAX_EXACT_MANTISSA = 2n ** 53n;

/**
 * The nearest JavaScript number. When the mantissa and the power of ten are both exact doubles
 * (|mantissa| ≤ 2^53, |exponent| ≤ 22), one multiplication or division rounds the exact value
 * correctly, as the string conversion does (the classic fast path of decimal-to-double
 * conversion); otherwise one correctly rounded string conversion.
 */
export function toNumber(a: Exact): number {
  const { mantissa, exponent } = a;
  if (exponent >= -22 && exponent <= 22 && mantissa <= MAX_EXACT_MANTISSA && mantissa >= -MAX_EXACT_MANTISSA) {
    const m = Number(mantissa);
    const n = exponent >= 0 ? m * (EXACT_POWERS_OF_TEN[exponent] as number) : m / (EXACT_POWERS_OF_TEN[-exponent] as number);
    return Object.is(n, -0) ? 0 : n;
  }
  const n = Number(`${mantissa}e${exponent}`);
  return Object.is(n, -0) ? 0 : n;
}
