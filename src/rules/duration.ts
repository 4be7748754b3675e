/** Seconds in a Compose duration ('1m30s', '10s', '500ms', '1h'); undefined when it does not parse. */
export function parseDuration(text: string | number): number | undefined {
  if (typeof text === 'number') return text / 1e9; // compose config prints nanoseconds as numbers
  const units: Record<string, number> = {
    h: 3600,
    m: 60,
    s: 1,
    ms: 1e-3,
    us: 1e-6,
    µs: 1e-6,
    ns: 1e-9,
  };
  const re = /(\d+(?:\.\d+)?)(h|ms|m|s|us|µs|ns)/g;
  let total = 0;
  let consumed = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    total += Number(m[1]) * units[m[2]!]!;
    consumed += m[0].length;
  }
  return consumed === text.length && consumed > 0 ? total : undefined;
}
