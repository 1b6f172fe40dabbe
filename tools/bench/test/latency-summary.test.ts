import { describe, expect, it } from 'vitest';
import { percentile, summariseLatencies } from '../src/latency-summary';

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, index) => 100 - index); // 100..1, unsorted on purpose

  it('takes the sample at rank ceil(p/100 × n)', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile([7, 1, 3], 50)).toBe(3);
  });

  it('answers with the only sample, and NaN for none', () => {
    expect(percentile([12.5], 99)).toBe(12.5);
    expect(percentile([], 50)).toBeNaN();
  });

  it('refuses a percentile outside (0, 100]', () => {
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('does not reorder the caller’s samples', () => {
    const samples = [3, 1, 2];
    percentile(samples, 50);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe('summariseLatencies', () => {
  it('gives count, p50, p95, p99 and max', () => {
    const samples = Array.from({ length: 200 }, (_, index) => index + 1);
    expect(summariseLatencies(samples)).toEqual({ count: 200, p50: 100, p95: 190, p99: 198, max: 200 });
  });
});
