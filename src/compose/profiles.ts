/**
 * Profiles: a service with `profiles:` runs only when one of them is active
 * (`*` activates all). Inactive services are kept apart, not dropped, so the
 * checker can say a Redis service exists but would not start.
 */
import { isSeq, scalarText, type MapNode } from './node.js';

/** --profile values win; otherwise COMPOSE_PROFILES (comma separated). */
export function activeProfiles(given: string[] | undefined, env: Record<string, string>): string[] {
  if (given && given.length > 0) return given;
  // Like the CLI: an unset COMPOSE_PROFILES splits to [""], so `profiles: [""]` counts as active.
  return (env.COMPOSE_PROFILES ?? '').split(',');
}

export function isActive(service: MapNode, active: string[]): boolean {
  const profiles = service.entries.get('profiles')?.value;
  if (!isSeq(profiles) || profiles.items.length === 0) return true;
  if (active.includes('*')) return true;
  return profiles.items.some((p) => p.kind === 'scalar' && active.includes(scalarText(p)));
}
