/**
 * The yaml package, loaded on demand. A compose file goes through the fast
 * parser (js-yaml) and needs yaml only when that declines, to word the
 * error; a config file needs it always. yaml is a third of the CLI's code:
 * as a chunk of its own (a dynamic import) it costs nothing to a run that
 * does not use it.
 *
 * The parsers that use it are synchronous, so it is loaded ahead: the config
 * file's reader awaits loadYaml(); the compose loader, which cannot know
 * ahead, starts over after loadYaml() when it meets YamlNotLoadedError.
 */
import type * as Yaml from 'yaml';

let loaded: typeof Yaml | undefined;

export class YamlNotLoadedError extends Error {
  constructor() {
    super('internal: the yaml parser is needed but not loaded yet (await loadYaml() first)');
  }
}

export async function loadYaml(): Promise<typeof Yaml> {
  return (loaded ??= await import('yaml'));
}

export function yamlModule(): typeof Yaml {
  if (!loaded) throw new YamlNotLoadedError();
  return loaded;
}

// The node type guards, for modules that walk a yaml Document.
export const isAlias = ((n: unknown) => yamlModule().isAlias(n)) as typeof Yaml.isAlias;
export const isMap = ((n: unknown) => yamlModule().isMap(n)) as typeof Yaml.isMap;
export const isScalar = ((n: unknown) => yamlModule().isScalar(n)) as typeof Yaml.isScalar;
export const isSeq = ((n: unknown) => yamlModule().isSeq(n)) as typeof Yaml.isSeq;
