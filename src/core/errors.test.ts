import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';

describe('AppError', () => {
  it('is recognised across copies of this module (each bundled command file carries its own)', () => {
    const Brand = Symbol.for('counterweight.AppError');
    const fromAnotherCopy = Object.assign(new Error('fetch failed'), { [Brand]: true, exitCode: 4, status: 502 });
    expect(fromAnotherCopy instanceof AppError).toBe(true);
    expect(new Error('x') instanceof AppError).toBe(false);
    expect(new AppError('x', 2) instanceof AppError).toBe(true);
  });
});
