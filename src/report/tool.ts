/** The tool's identity as reports name it; a test keeps the version equal to package.json's. */
export const TOOL_NAME = 'redis-readiness';
export const TOOL_VERSION = '0.1.0';
export const TOOL_URI = 'https://github.com/redis-readiness/redis-readiness';
