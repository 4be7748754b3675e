/**
 * The YAML libraries, loaded on demand. A compose file goes through the line
 * scanner (read-plain), then the js-yaml path (read-fast) if that declines,
 * then yaml if that declines too, to word the error; a config file needs
 * yaml always. Together they are more than half of the CLI's code: as chunks
 * of their own (dynamic imports) they cost nothing to a run that does not
 * use them.
 *
 * The parsers are synchronous, so the libraries are loaded ahead: the config
 * file's reader awaits loadYaml(); the compose loader, which cannot know
 * ahead, starts over after loadYaml() when it meets YamlNotLoadedError.
 */
import type * as Yaml from 'yaml';
import type * as ReadFast from './compose/read-fast.js';

let loaded: { yaml: typeof Yaml; readFast: typeof ReadFast } | undefined;

export class YamlNotLoadedError extends Error {
  constructor() {
    super('internal: the YAML parsers are needed but not loaded yet (await loadYaml() first)');
  }
}

export async function loadYaml(): Promise<typeof Yaml> {
  if (!loaded) {
    const [yaml, readFast] = await Promise.all([import('yaml'), import('./compose/read-fast.js')]);
    loaded = { yaml, readFast };
  }
  return loaded.yaml;
}

export function yamlModule(): typeof Yaml {
  if (!loaded) throw new YamlNotLoadedError();
  return loaded.yaml;
}

/** The js-yaml parse path. */
export function readFastModule(): typeof ReadFast {
  if (!loaded) throw new YamlNotLoadedError();
  return loaded.readFast;
}

// The node type guards, for modules that walk a yaml Document.
export const isAlias = ((n: unknown) => yamlModule().isAlias(n)) as typeof Yaml.isAlias;
export const isMap = ((n: unknown) => yamlModule().isMap(n)) as typeof Yaml.isMap;
export const isScalar = ((n: unknown) => yamlModule().isScalar(n)) as typeof Yaml.isScalar;
export const isSeq = ((n: unknown) => yamlModule().isSeq(n)) as typeof Yaml.isSeq;
