import { URL_UNSAFE_PASSWORD_CHARS } from '../redis/url.js';
import type { Rule, RuleFinding } from './types.js';

/** Clients split URLs at `@ : / # ?`: an unencoded password with them connects to the wrong place. */
export const authUrlUnsafe: Rule = {
  id: 'auth-url-unsafe',
  defaultSeverity: 'warning',
  summary: 'The password has characters that break Redis URLs in consumers unless percent-encoded',
  check({ redis }) {
    const findings: RuleFinding[] = [];
    for (const server of redis.services) {
      const value = server.password?.value;
      if (!value || !URL_UNSAFE_PASSWORD_CHARS.test(value)) continue;
      const urlConsumers = [...server.consumers, ...(redis.unresolvedConsumers ?? [])].filter(
        (c) => c.kind === 'url',
      );
      if (urlConsumers.length === 0) continue;
      // Consumers whose URL decodes to the server's password wrote it
      // percent-encoded: nothing breaks.
      if (urlConsumers.every((c) => c.password === value)) continue;
      findings.push({
        service: server.name,
        pos: server.password!.pos,
        message:
          'the Redis password holds characters (@ : / # ? % [ ] or spaces) that break redis:// URLs unless percent-encoded: ' +
          'use a hex or alphanumeric password (openssl rand -hex 32) or percent-encode it in every consumer URL.',
      });
    }
    return findings;
  },
};
