/**
 * The yaml package, loaded on first use. A compose file goes through the
 * fast parser (js-yaml) and needs yaml only when that declines, to give the
 * exact error; loading yaml up front would add to every start of the CLI.
 * A synchronous `require` keeps the callers synchronous: the bundler turns it
 * into its own, bundled, deferred require; unbundled (tests), Node's serves.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

declare const require: NodeJS.Require | undefined;

let cached: typeof Yaml | undefined;

export function yamlModule(): typeof Yaml {
  if (!cached) {
    cached = (
      typeof require === 'function' ? require('yaml') : createRequire(import.meta.url)('yaml')
    ) as typeof Yaml;
  }
  return cached;
}

// The node type guards, for modules that walk a yaml Document.
export const isAlias = ((n: unknown) => yamlModule().isAlias(n)) as typeof Yaml.isAlias;
export const isMap = ((n: unknown) => yamlModule().isMap(n)) as typeof Yaml.isMap;
export const isScalar = ((n: unknown) => yamlModule().isScalar(n)) as typeof Yaml.isScalar;
export const isSeq = ((n: unknown) => yamlModule().isSeq(n)) as typeof Yaml.isSeq;
