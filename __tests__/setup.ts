// Unit tests call the synchronous parsers directly (the config file's, the
// compose loader's yaml path): load yaml for them up front, as the CLI and
// the action do on demand (yaml-module.ts).
import { loadYaml } from '../src/yaml-module.js';

await loadYaml();
