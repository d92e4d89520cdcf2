/** Types for the untyped dev dependency used as an oracle in oracles.test.ts. */
declare module 'vn-num2words' {
  /** Writes a number in Vietnamese words. */
  const vnNum2words: (n: number) => string;
  export default vnNum2words;
}
