import { lastDirective } from './helpers.js';
import type { Rule, RuleFinding } from './types.js';

/**
 * Celery's Redis result backend SUBSCRIBEs to result channels. Since Redis 7
 * `acl-pubsub-default` is `resetchannels`, so an ACL user defined without
 * `&*`/`allchannels` gets NOPERM on SUBSCRIBE (redis.io/docs/management/security/acl).
 */
export const aclChannels: Rule = {
  id: 'acl-channels',
  defaultSeverity: 'error',
  summary: 'An ACL user a Celery result backend uses has no channel permission',
  check({ redis }) {
    const findings: RuleFinding[] = [];
    for (const server of redis.services) {
      const users = server.aclUsers ?? [];
      if (users.length === 0) continue;
      const pubsubDefault = lastDirective(server, 'acl-pubsub-default')?.args[0]?.toLowerCase();
      const version = server.image?.version;
      const defaultIsReset = pubsubDefault
        ? pubsubDefault === 'resetchannels'
        : version === undefined || version.major >= 7;
      const seen = new Set<string>();
      for (const consumer of server.consumers) {
        if (consumer.role !== 'result-backend') continue;
        const name = consumer.username ?? 'default';
        const user = [...users].reverse().find((u) => u.name === name);
        if (!user || seen.has(name)) continue;
        const blocked = user.channels === 'none' || (user.channels === 'default' && defaultIsReset);
        if (!blocked) continue;
        seen.add(name);
        findings.push({
          service: server.name,
          pos: user.pos,
          message: `ACL user '${name}' (used by ${consumer.service} as Celery result backend) has no channel permission, so SUBSCRIBE fails with NOPERM: add '&*' (or 'allchannels') to the user.`,
        });
      }
    }
    return findings;
  },
};
