/**
 * Durations and byte sizes the way Compose reads and prints them: durations
 * with Go's time.ParseDuration / Duration.String, sizes with
 * docker/go-units RAMInBytes (binary multiples), printed as byte counts.
 */

const UNIT_NS: Record<string, number> = {
  ns: 1,
  us: 1e3,
  µs: 1e3,
  μs: 1e3,
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};

/** Nanoseconds, or undefined when the text is not a Go duration. */
export function parseDuration(text: string): number | undefined {
  let s = text.trim();
  if (s === '0') return 0;
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    if (s[0] === '-') sign = -1;
    s = s.slice(1);
  }
  if (s === '') return undefined;
  let total = 0;
  const re = /^([0-9]*(?:\.[0-9]*)?)(ns|us|µs|μs|ms|s|m|h)/;
  while (s.length > 0) {
    const m = re.exec(s);
    if (!m || m[1] === '' || m[1] === '.') return undefined;
    total += Number(m[1]) * UNIT_NS[m[2]];
    s = s.slice(m[0].length);
  }
  return sign * Math.round(total);
}

/** Go's Duration.String(). */
export function formatDuration(ns: number): string {
  if (ns === 0) return '0s';
  const neg = ns < 0;
  let u = Math.abs(ns);
  let out: string;
  if (u < 1e9) {
    const [unit, div] = u < 1e3 ? ['ns', 1] : u < 1e6 ? ['µs', 1e3] : ['ms', 1e6];
    out = trimFraction(u / div) + unit;
  } else {
    const h = Math.floor(u / 3600e9);
    u -= h * 3600e9;
    const m = Math.floor(u / 60e9);
    u -= m * 60e9;
    const sec = trimFraction(u / 1e9) + 's';
    out = h > 0 ? `${h}h${m}m${sec}` : m > 0 ? `${m}m${sec}` : sec;
  }
  return neg ? '-' + out : out;
}

function trimFraction(v: number): string {
  // Nine decimals at most (nanoseconds), trailing zeros dropped as Go does.
  return Number(v.toFixed(9)).toString();
}

/** Normalises a duration as Compose prints it; undefined when it is not one. */
export function normalizeDuration(value: unknown): string | undefined {
  if (typeof value === 'number') return formatDuration(value);
  if (typeof value !== 'string') return undefined;
  const ns = parseDuration(value);
  return ns === undefined ? undefined : formatDuration(ns);
}

const BINARY: Record<string, number> = {
  '': 1,
  k: 1024,
  m: 1024 ** 2,
  g: 1024 ** 3,
  t: 1024 ** 4,
  p: 1024 ** 5,
};

/** Bytes from `512m`, `1.5g`, `1024`, `2GiB`...; undefined when not a size. */
export function parseBytes(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const m = /^(\d+(?:\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/.exec(value.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  if (!Number.isFinite(n)) return undefined;
  return Math.trunc(n * BINARY[(m[2] ?? '').toLowerCase()]);
}
