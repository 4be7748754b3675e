/**
 * Compose's per-field merge of one canonical file (or extending service) onto
 * another (compose-go override rules): mappings merge key by key; `command`,
 * `entrypoint` and `healthcheck.test` are replaced; volumes and devices are
 * keyed by target, ports and other lists are appended without duplicates;
 * `!reset` removes a value and `!override` replaces it whole.
 */
import { copyMap, seqNode, toPlain, type CNode, type MapNode } from './node.js';

const REPLACED = new Set(['command', 'entrypoint']);

export function mergeFiles(base: MapNode, over: MapNode): MapNode {
  const out = copyMap(base);
  for (const [key, e] of over.entries) {
    const current = out.entries.get(key);
    if (e.value.tag === '!reset') {
      out.entries.delete(key);
      continue;
    }
    if (!current || e.value.tag === '!override') {
      out.entries.set(key, e);
      continue;
    }
    let merged: CNode;
    if (key === 'services' && current.value.kind === 'map' && e.value.kind === 'map') {
      const services = copyMap(current.value);
      for (const [name, se] of e.value.entries) {
        const prev = services.entries.get(name);
        if (se.value.tag === '!reset') services.entries.delete(name);
        else if (
          !prev ||
          prev.value.kind !== 'map' ||
          se.value.kind !== 'map' ||
          se.value.tag === '!override'
        )
          services.entries.set(name, se);
        else services.entries.set(name, { ...prev, value: mergeService(prev.value, se.value) });
      }
      merged = services;
    } else merged = mergeValue(current.value, e.value, []);
    out.entries.set(key, { ...current, value: merged });
  }
  return out;
}

export function mergeService(base: MapNode, over: MapNode): MapNode {
  return mergeMap(base, over, []);
}

function mergeMap(base: MapNode, over: MapNode, path: string[]): MapNode {
  const out = copyMap(base);
  for (const [key, e] of over.entries) {
    const current = out.entries.get(key);
    if (e.value.tag === '!reset') {
      out.entries.delete(key);
      continue;
    }
    const p = [...path, key];
    if (!current || e.value.tag === '!override' || replaced(p)) {
      out.entries.set(key, e);
      continue;
    }
    out.entries.set(key, {
      ...e,
      keyRange: current.keyRange,
      value: mergeValue(current.value, e.value, p),
    });
  }
  return out;
}

function replaced(path: string[]): boolean {
  if (path.length === 1) return REPLACED.has(path[0]);
  return path.length === 2 && path[0] === 'healthcheck' && path[1] === 'test';
}

function mergeValue(base: CNode, over: CNode, path: string[]): CNode {
  if (base.kind === 'map' && over.kind === 'map') return mergeMap(base, over, path);
  if (base.kind === 'seq' && over.kind === 'seq') {
    // Mounts and devices: a later file's entry replaces the one with the same target.
    if (path.length === 1 && (path[0] === 'volumes' || path[0] === 'devices'))
      return mergeByKey(base.items, over.items, over, 'target');
    return appendUnique(base.items, over.items, over);
  }
  return over;
}

function mergeByKey(base: CNode[], over: CNode[], at: CNode, key: string): CNode {
  const keyOf = (n: CNode) =>
    n.kind === 'map'
      ? JSON.stringify(toPlain(n.entries.get(key)?.value ?? n))
      : JSON.stringify(toPlain(n));
  const items = [...base];
  const index = new Map<string, number>();
  items.forEach((n, i) => index.set(keyOf(n), i));
  for (const n of over) {
    const k = keyOf(n);
    const i = index.get(k);
    if (i === undefined) {
      index.set(k, items.length);
      items.push(n);
    } else items[i] = n;
  }
  return seqNode(at.range, items);
}

function appendUnique(base: CNode[], over: CNode[], at: CNode): CNode {
  const seen = new Set(base.map((n) => JSON.stringify(toPlain(n))));
  const items = [...base];
  for (const n of over) {
    const k = JSON.stringify(toPlain(n));
    if (!seen.has(k)) {
      seen.add(k);
      items.push(n);
    }
  }
  return seqNode(at.range, items);
}
