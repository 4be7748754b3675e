import { analyseHealthcheck } from './healthcheck.js';
import type { ComposeProject } from '../compose/types.js';
import { findConsumers, resolveTarget, ServerDirectory } from './consumers.js';
import { detectRedisServices } from './detect.js';
import { effectiveConfigFor } from './effective.js';
import type {
  RedisConsumer,
  RedisProjectModel,
  RedisRole,
  RedisServiceModel,
  SentinelService,
} from './types.js';

export type * from './types.js';

/**
 * The Redis view of a loaded project: every service running a Redis-family
 * server, the configuration it really starts with, and the services that
 * connect to it (with the role each connection gives it).
 */
export function buildRedisModel(project: ComposeProject): RedisProjectModel {
  const detected = detectRedisServices(project);
  const servers = detected.filter((d) => !d.sentinel);
  const sentinels: SentinelService[] = detected
    .filter((d) => d.sentinel)
    .map((d) => ({
      name: d.name,
      active: d.active,
      pos: project.sources.locate(['services', d.name]) ?? {
        file: project.composeFiles[0] ?? '',
        line: 1,
        column: 1,
      },
    }));
  const serverNames = new Set(detected.map((d) => d.name));
  const consumers = findConsumers(project, servers, serverNames);
  const consumersOf = new Map<string, RedisConsumer[]>();
  for (const c of consumers) {
    if (c.target === undefined) continue;
    const list = consumersOf.get(c.target);
    if (list) list.push(c);
    else consumersOf.set(c.target, [c]);
  }
  const services: RedisServiceModel[] = servers.map((d) => {
    const config = effectiveConfigFor(project, d);
    const mine = consumersOf.get(d.name) ?? [];
    const roles = [...new Set<RedisRole>(mine.map((c) => c.role))];
    return {
      name: d.name,
      service: d.service,
      active: d.active,
      image: d.image,
      family: d.family,
      directives: config.directives,
      password: config.password,
      dataDir: config.dataDir,
      port: config.port,
      roles: roles.length > 0 ? roles : ['unknown'],
      consumers: mine,
      invocation: config.invocation,
      configFiles: config.configFiles,
      aclUsers: config.aclUsers,
      configKnown: config.configKnown,
      unknowns: config.unknowns,
      problems: config.problems,
      sentinel: false,
      uncertain: d.uncertain,
      imageHealthcheck: d.dockerfile?.healthcheck,
      health: analyseHealthcheck(d.service.healthcheck, d.service.environment ?? {}),
    };
  });
  // Consumers that resolve to no server are kept on the model for the consumer rules.
  // A host naming a Sentinel service is resolved: the client asks Sentinel for the master.
  const sentinelAddresses = detected.filter((d) => d.sentinel);
  const sentinelDirectory = new ServerDirectory(sentinelAddresses);
  for (const c of consumers) {
    if (c.target !== undefined || sentinelAddresses.length === 0) continue;
    const consumerService =
      project.model.services[c.service] ?? project.inactiveServices[c.service];
    if (!consumerService) continue;
    resolveTarget(c, consumerService, sentinelDirectory);
    if (c.target !== undefined) {
      c.sentinel = c.target;
      c.target = undefined;
    }
  }
  const unresolved = consumers.filter((c) => c.target === undefined && c.sentinel === undefined);
  return { services, sentinels, unresolvedConsumers: unresolved };
}
