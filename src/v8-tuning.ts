import v8 from 'node:v8';

/**
 * A check keeps nearly everything it allocates (the trees of every stage, until
 * the report), so each young-generation collection copies live data; V8 grows
 * the young generation to 16 MB as the heap grows, and each collection then
 * copies more. Keeping it at its initial size promotes the trees early and
 * takes ~15 % off a large check (bench/README.md). The flag only stops the
 * growth (a factor of 1 leaves the size as it is), which V8 reads each time
 * it considers growing. Called first thing by the CLI's and the action's
 * entry points, whose processes are their own (never a host's).
 */
export function keepYoungGenerationSmall(): void {
  try {
    v8.setFlagsFromString('--semi-space-growth-factor=1');
  } catch {
    // A V8 that freezes its flags after start-up refuses; the check only runs slower.
  }
}
