import { run } from './main.js';
import { keepYoungGenerationSmall } from './v8-tuning.js';

keepYoungGenerationSmall();
await run();
