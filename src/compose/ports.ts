/**
 * `ports:` short syntax (`[ip:][host:]container[/proto]`, ranges, `[v6]:`)
 * and long syntax, normalised to the long form Compose prints: one entry per
 * container port, `published` as a string, `protocol` tcp and `mode` ingress
 * by default.
 */
import { mapNode, scalar, scalarText, type CNode, type MapNode, type ScalarNode } from './node.js';
import type { SourceRange } from './source-range.js';

export interface PortProblem {
  message: string;
  pos: SourceRange;
}

export function normalizePorts(items: CNode[], problems: PortProblem[]): MapNode[] {
  const out: MapNode[] = [];
  for (const item of items) {
    if (item.kind === 'scalar') out.push(...shortPort(item, problems));
    else if (item.kind === 'map') out.push(longPort(item, problems));
    else
      problems.push({ message: 'a port must be a string, a number or a mapping', pos: item.range });
  }
  return out;
}

function entry(pos: SourceRange, fields: [string, CNode][]): MapNode {
  return mapNode(
    pos,
    fields.map(([key, value]) => ({ key, keyRange: value.range, value })),
  );
}

function shortPort(n: ScalarNode, problems: PortProblem[]): MapNode[] {
  const text = scalarText(n).trim();
  const s = (v: string | number) => scalar(v, n.range, n);
  let rest = text;
  let protocol = 'tcp';
  const slash = rest.lastIndexOf('/');
  if (slash >= 0) {
    protocol = rest.slice(slash + 1);
    rest = rest.slice(0, slash);
  }
  let hostIp: string | undefined;
  let hostPart = '';
  let containerPart: string;
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    hostIp = rest.slice(1, close);
    const after = rest.slice(close + 1);
    const parts = after.replace(/^:/, '').split(':');
    containerPart = parts.pop() ?? '';
    hostPart = parts.join(':');
  } else {
    const parts = rest.split(':');
    containerPart = parts.pop() ?? '';
    if (parts.length === 1) hostPart = parts[0];
    else if (parts.length >= 2) {
      hostPart = parts.pop() ?? '';
      hostIp = parts.join(':');
    }
  }
  const container = parseRange(containerPart);
  const host = hostPart === '' ? undefined : parseRange(hostPart);
  if (!container || (hostPart !== '' && !host)) {
    problems.push({
      message: `invalid port "${text}": expected [host-ip:][host-port:]container-port[/protocol]`,
      pos: n.range,
    });
    return [];
  }
  const count = container[1] - container[0] + 1;
  if (host && host[1] - host[0] + 1 !== count && count !== 1) {
    problems.push({
      message: `invalid port "${text}": host and container port ranges differ in size`,
      pos: n.range,
    });
    return [];
  }
  const out: MapNode[] = [];
  for (let i = 0; i < count; i++) {
    const fields: [string, CNode][] = [['mode', s('ingress')]];
    if (hostIp !== undefined && hostIp !== '') fields.push(['host_ip', s(hostIp)]);
    fields.push(['target', s(container[0] + i)]);
    if (host) {
      const published =
        count === 1 && host[1] !== host[0] ? `${host[0]}-${host[1]}` : String(host[0] + i);
      fields.push(['published', s(published)]);
    }
    fields.push(['protocol', s(protocol)]);
    out.push(entry(n.range, fields));
  }
  return out;
}

function parseRange(text: string): [number, number] | undefined {
  const m = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = m[2] === undefined ? a : Number(m[2]);
  // Port numbers stop at 65535 (Compose: "Invalid hostPort").
  return b < a || b > 65535 ? undefined : [a, b];
}

function longPort(n: MapNode, problems: PortProblem[]): MapNode {
  const fields: [string, CNode][] = [];
  const get = (k: string) => n.entries.get(k)?.value;
  const mode = get('mode');
  fields.push(['mode', mode ?? scalar('ingress', n.range)]);
  const hostIp = get('host_ip');
  if (hostIp) fields.push(['host_ip', hostIp]);
  const target = get('target');
  if (target?.kind === 'scalar') {
    const t = Number(scalarText(target));
    if (!Number.isInteger(t))
      problems.push({
        message: `port target must be an integer, not "${scalarText(target)}"`,
        pos: target.range,
      });
    fields.push([
      'target',
      scalar(Number.isInteger(t) ? t : scalarText(target), target.range, target),
    ]);
  } else problems.push({ message: 'a port in long syntax needs a `target`', pos: n.range });
  const published = get('published');
  if (published?.kind === 'scalar' && published.value !== null && scalarText(published) !== '') {
    fields.push(['published', scalar(scalarText(published), published.range, published)]);
  }
  const protocol = get('protocol');
  fields.push(['protocol', protocol ?? scalar('tcp', n.range)]);
  for (const k of ['name', 'app_protocol']) {
    const v = get(k);
    if (v) fields.push([k, v]);
  }
  return entry(n.range, fields);
}
