/**
 * The yaml library, loaded on demand: it is more than half of the CLI's code,
 * and most compose files never need it (the line scanner reads them). As a
 * chunk of its own (a dynamic import) it costs nothing to a run that does not
 * use it. Whoever parses with it awaits loadYaml() first.
 */
import type * as Yaml from 'yaml';

let loaded: typeof Yaml | undefined;

export async function loadYaml(): Promise<typeof Yaml> {
  loaded ??= await import('yaml');
  return loaded;
}

/** The library, once a caller has awaited loadYaml(). */
export function yamlModule(): typeof Yaml {
  if (!loaded) throw new Error('internal: yaml is used before loadYaml() was awaited');
  return loaded;
}

// The node type guards, for modules that walk a yaml Document.
export const isMap = ((n: unknown) => yamlModule().isMap(n)) as typeof Yaml.isMap;
export const isScalar = ((n: unknown) => yamlModule().isScalar(n)) as typeof Yaml.isScalar;
export const isSeq = ((n: unknown) => yamlModule().isSeq(n)) as typeof Yaml.isSeq;
