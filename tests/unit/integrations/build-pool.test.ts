import { describe, expect, it } from 'vitest';
import { workerCount } from '../../../src/integrations/build-pool.ts';

describe('workerCount (YEARBOOK_BUILD_WORKERS)', () => {
  it('is the machine’s cores when not set, the number when set, 0 turning the pool off', () => {
    expect(workerCount(undefined, 2)).toBe(2);
    expect(workerCount('', 8)).toBe(8);
    expect(workerCount('3', 2)).toBe(3);
    expect(workerCount('0', 2)).toBe(0);
  });
  it.each(['-1', '1.5', 'two'])('refuses %s, naming the variable', (v) => {
    expect(() => workerCount(v, 2)).toThrow(`YEARBOOK_BUILD_WORKERS="${v}"`);
  });
});
