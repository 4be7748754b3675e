import { writtenPasswords } from './password-sources.js';
import type { Rule, RuleFinding } from './types.js';

const WELL_KNOWN =
  /^(password|passw0rd|redis|redispass|redispassword|secret|changeme|change_me|admin|root|test|default|123456\d*|qwerty|letmein|foobared)$/i;
const PLACEHOLDER = /(replace|change[_-]?me|your[_-]|placeholder|example|xxx)/i;

/** Why a password is weak, or undefined. Never echoes the password. */
function weakness(password: string): string | undefined {
  if (WELL_KNOWN.test(password)) return 'is a well-known word';
  if (PLACEHOLDER.test(password)) return 'is a placeholder';
  if (password.length < 16) return 'is shorter than 16 characters';
  return undefined;
}

/** Redis answers tens of thousands of AUTH attempts a second: short passwords fall to brute force. */
export const authWeak: Rule = {
  id: 'auth-weak',
  defaultSeverity: 'warning',
  summary: 'A literal or default password shorter than 16 characters or a well-known word',
  check({ project, redis }) {
    const findings: RuleFinding[] = [];
    for (const server of redis.services) {
      for (const written of writtenPasswords(project, server)) {
        const why = weakness(written.value);
        if (!why) continue;
        findings.push({
          service: server.name,
          pos: written.pos,
          message: `the Redis password ${why}: use a long random one (e.g. openssl rand -hex 32) from the environment.`,
        });
      }
    }
    return findings;
  },
};
