#!/usr/bin/env node
// The CLI entry of the npm package: the bundled CLI (npm run bundle builds dist/cli/).
import { main } from '../dist/cli/index.js';

await main(process.argv.slice(2));
