import { describe, expect, it } from 'vitest';
import { AUTO_POOL_MIN_BYTES, workersFor } from '../../src/cli/workers.js';

describe('workersFor', () => {
  it('keeps a number asked for, whatever the input', () => {
    expect(workersFor(3, undefined, 8)).toBe(3);
    expect(workersFor(1, 10 * AUTO_POOL_MIN_BYTES, 8)).toBe(1);
  });

  it("with 'auto', starts one worker per core on an archive large enough to repay the start-up", () => {
    expect(workersFor('auto', AUTO_POOL_MIN_BYTES, 4)).toBe(4);
    expect(workersFor('auto', 50 * AUTO_POOL_MIN_BYTES, 2)).toBe(2);
  });

  it("with 'auto', stays on the calling thread for a smaller input, one of unknown size (stdin) or a single core", () => {
    expect(workersFor('auto', AUTO_POOL_MIN_BYTES - 1, 4)).toBe(1);
    expect(workersFor('auto', 0, 4)).toBe(1);
    expect(workersFor('auto', undefined, 4)).toBe(1);
    expect(workersFor('auto', AUTO_POOL_MIN_BYTES, 1)).toBe(1);
  });

  it("with 'auto' and no core count given, asks the machine", () => {
    expect(workersFor('auto', AUTO_POOL_MIN_BYTES)).toBeGreaterThanOrEqual(1);
  });
});
