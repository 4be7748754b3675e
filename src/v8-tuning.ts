import v8 from 'node:v8';

/**
 * The one V8 setting the entry points make, first thing, before the heap
 * grows: the young generation kept at its initial size. A check keeps nearly
 * everything it builds until the report, so each young-generation collection
 * copies live trees; V8 grows that space (to 16 MB and more) as the heap
 * grows, which makes each copy larger and touches more fresh memory. Measured
 * on Node 24, the runtime action.yml declares, on the 2,000-server benchmark:
 * peak RSS 187 -> 142 MB and about 15 % less CPU time (bench/README.md).
 * Set in a try/catch: a V8 that refuses it only runs as by default. The
 * processes are the CLI's and the action's own, never a host's.
 */
export function keepYoungGenerationSmall(): void {
  try {
    v8.setFlagsFromString('--semi-space-growth-factor=1');
  } catch {
    // The check runs as V8 defaults it.
  }
}
