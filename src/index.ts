import { run } from './main.js';
import { tuneForShortRun } from './v8-tuning.js';

tuneForShortRun();
await run();
