import { describe, expect, it } from 'vitest';
import {
  formatDuration,
  normalizeDuration,
  parseBytes,
  parseDuration,
} from '../../src/compose/units.js';

describe('durations as Go prints them', () => {
  it.each([
    ['10s', '10s'],
    ['90s', '1m30s'],
    ['1m30s', '1m30s'],
    ['1h', '1h0m0s'],
    ['1.5s', '1.5s'],
    ['500ms', '500ms'],
    ['2m', '2m0s'],
    ['1h30m5s', '1h30m5s'],
    ['0', '0s'],
    ['1500us', '1.5ms'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeDuration(input)).toBe(expected);
  });

  it('refuses what is not a duration', () => {
    expect(parseDuration('10')).toBeUndefined();
    expect(parseDuration('ten seconds')).toBeUndefined();
    expect(formatDuration(3_600_000_000_000)).toBe('1h0m0s');
  });
});

describe('sizes as go-units reads them', () => {
  it.each([
    ['512m', 536870912],
    ['1g', 1073741824],
    ['1GB', 1073741824],
    ['64M', 67108864],
    ['1.5k', 1536],
    ['1024', 1024],
    ['2GiB', 2147483648],
    [1000, 1000],
  ])('%s -> %d', (input, expected) => {
    expect(parseBytes(input)).toBe(expected);
  });

  it('refuses what is not a size', () => {
    expect(parseBytes('lots')).toBeUndefined();
    expect(parseBytes('-1m')).toBeUndefined();
  });
});
