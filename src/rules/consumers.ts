import type { RedisConsumer, RedisProjectModel } from '../redis/types.js';

/** Every consumer, resolved or not, once. */
export function allConsumers(redis: RedisProjectModel): RedisConsumer[] {
  return [...redis.services.flatMap((s) => s.consumers), ...(redis.unresolvedConsumers ?? [])];
}

export const LOCALHOST = /^(localhost|127\.\d+\.\d+\.\d+|::1|0\.0\.0\.0)$/i;

/** How a consumer is named in messages: never its URL (it may hold a password). */
export function consumerLabel(c: RedisConsumer): string {
  return `${c.variable} of service '${c.service}'`;
}
