import { describe, expect, it } from 'vitest';
import { normalizeService } from '../../src/compose/normalize.js';
import { normalizePorts, type PortProblem } from '../../src/compose/ports.js';
import { isHostPath, normalizeVolume, type VolumeProblem } from '../../src/compose/volumes.js';
import { parseComposeText } from './helpers.js';
import { toPlain, type CNode, type MapNode } from '../../src/compose/node.js';
import { toPosition } from '../../src/compose/source-range.js';
import type { ComposeIssue } from '../../src/compose/types.js';

function service(yaml: string): {
  svc: Record<string, unknown>;
  issues: ComposeIssue[];
  node: MapNode;
} {
  const tree = parseComposeText(
    `services:\n  s:\n${yaml.replace(/^/gm, '    ')}\n`,
    '/p/compose.yaml',
  );
  const s = (tree.entries.get('services')!.value as MapNode).entries.get('s')!.value;
  const issues: ComposeIssue[] = [];
  const node = normalizeService('s', s, { baseDir: '/p', home: '/home/u', issues })!;
  return { svc: toPlain(node) as Record<string, unknown>, issues, node };
}

function items(yaml: string): CNode[] {
  const tree = parseComposeText(`x: ${yaml}\n`, '/p/c.yaml');
  return (tree.entries.get('x')!.value as { items: CNode[] }).items;
}

describe('ports', () => {
  it('expands short syntax like Compose', () => {
    const problems: PortProblem[] = [];
    const out = normalizePorts(
      items(
        '["127.0.0.1:6380:6379", "[::1]:6381:6379/udp", "7000-7001:7000-7001", 6379, "8000-8001:80"]',
      ),
      problems,
    );
    expect(out.map(toPlain)).toEqual([
      { mode: 'ingress', host_ip: '127.0.0.1', target: 6379, published: '6380', protocol: 'tcp' },
      { mode: 'ingress', host_ip: '::1', target: 6379, published: '6381', protocol: 'udp' },
      { mode: 'ingress', target: 7000, published: '7000', protocol: 'tcp' },
      { mode: 'ingress', target: 7001, published: '7001', protocol: 'tcp' },
      { mode: 'ingress', target: 6379, protocol: 'tcp' },
      { mode: 'ingress', target: 80, published: '8000-8001', protocol: 'tcp' },
    ]);
    expect(problems).toEqual([]);
  });

  it('reports what is not a port', () => {
    const problems: PortProblem[] = [];
    expect(normalizePorts(items('["abc:6379", "1-3:1-2"]'), problems)).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/invalid port "abc:6379"/),
      expect.stringMatching(/ranges differ/),
    ]);
  });
});

describe('volumes', () => {
  it('tells host paths from volume names as Compose does', () => {
    expect(['./a', '../a', '/a', '~/a', '.', 'C:\\x'].every(isHostPath)).toBe(true);
    expect(['data', 'my-vol', 'a/b'].some(isHostPath)).toBe(false);
  });

  it('normalises short syntax with options and makes bind sources absolute', () => {
    const problems: VolumeProblem[] = [];
    const out = items('["data:/data:ro,nocopy", "./conf:/conf:z", "~/c:/c", "/anon"]').map((n) =>
      toPlain(normalizeVolume(n, '/proj', '/home/u', problems)!),
    );
    expect(out).toEqual([
      {
        type: 'volume',
        source: 'data',
        target: '/data',
        read_only: true,
        volume: { nocopy: true },
      },
      {
        type: 'bind',
        source: '/proj/conf',
        target: '/conf',
        bind: { create_host_path: true, selinux: 'z' },
      },
      { type: 'bind', source: '/home/u/c', target: '/c', bind: { create_host_path: true } },
      { type: 'volume', target: '/anon', volume: {} },
    ]);
  });

  it('cleans mount targets and keeps an SELinux label on a named volume, as Compose does', () => {
    const problems: VolumeProblem[] = [];
    const out = items(
      '["redis-vol:/data/", "/abs/:/a/./b//", "data:/z:Z", {type: volume, source: v, target: /long/}]',
    ).map((n) => toPlain(normalizeVolume(n, '/proj', '/home/u', problems)!));
    expect(out).toEqual([
      { type: 'volume', source: 'redis-vol', target: '/data', volume: {} },
      { type: 'bind', source: '/abs/', target: '/a/b', bind: { create_host_path: true } },
      { type: 'volume', source: 'data', target: '/z', bind: { selinux: 'Z' }, volume: {} },
      { type: 'volume', source: 'v', target: '/long' },
    ]);
    expect(problems).toEqual([]);
  });
});

describe('normalizeService', () => {
  it('turns short forms into the long forms Compose prints', () => {
    const { svc, issues } = service(
      [
        'image: redis:7.2',
        'command: redis-server --port "6380"',
        'environment: [A=1, B, C=]',
        'depends_on: [db]',
        'networks: [back]',
        'healthcheck:',
        '  test: redis-cli ping',
        '  interval: 90s',
        '  retries: "3"',
        'mem_limit: 1g',
        'expose: [6379]',
        'build: ./app',
        'deploy: {resources: {limits: {memory: 512m, cpus: "0.5"}}}',
      ].join('\n'),
    );
    expect(issues).toEqual([]);
    expect(svc).toMatchObject({
      command: ['redis-server', '--port', '6380'],
      environment: { A: '1', B: null, C: '' },
      depends_on: { db: { condition: 'service_started', required: true } },
      networks: { back: null },
      healthcheck: { test: ['CMD-SHELL', 'redis-cli ping'], interval: '1m30s', retries: 3 },
      mem_limit: '1073741824',
      expose: ['6379'],
      build: { context: '/p/app' },
      deploy: { resources: { limits: { memory: '536870912', cpus: 0.5 } } },
    });
  });

  it('gives each word of a string command its own column', () => {
    const { node } = service('command: redis-server --port "6380"');
    const words = (node.entries.get('command')!.value as { items: CNode[] }).items;
    expect(words.map((w) => toPosition(w.range).column)).toEqual([14, 27, 34]);
  });

  it('reports bad types at their line and keeps going', () => {
    const { issues, svc } = service(
      'image: redis:7.2\ncommand: ["redis-server", 6379]\nports: "6379"\nhealthcheck:\n  interval: soon',
    );
    expect(issues.map((i) => [i.pos.line, i.message])).toEqual([
      [4, expect.stringMatching(/command\.1 must be a string/)],
      [5, expect.stringMatching(/ports must be a list/)],
      [7, expect.stringMatching(/healthcheck\.interval: "soon" is not a duration/)],
    ]);
    expect(svc.image).toBe('redis:7.2');
  });
});

describe('numbers Compose casts from strings', () => {
  it('casts deploy, cpu, ulimits and secret modes, leaving out the zeros Compose omits', () => {
    const { svc, issues } = service(
      [
        'image: redis:7.2',
        'scale: "2"',
        'cpus: "0.5"',
        'cpu_count: "0"',
        'pids_limit: "100"',
        'ulimits: {nproc: "65535", nofile: {soft: "20000", hard: 40000}}',
        'deploy:',
        '  replicas: "1"',
        '  update_config: {parallelism: "2", max_failure_ratio: "0"}',
        '  placement: {max_replicas_per_node: "3"}',
        'secrets: [{source: s, mode: "0440"}]',
      ].join('\n'),
    );
    expect(issues).toEqual([]);
    expect(svc).toMatchObject({
      scale: 2,
      cpus: 0.5,
      pids_limit: 100,
      ulimits: { nproc: 65535, nofile: { soft: 20000, hard: 40000 } },
      deploy: {
        replicas: 1,
        update_config: { parallelism: 2 },
        placement: { max_replicas_per_node: 3 },
      },
      secrets: [{ source: 's', target: '/run/secrets/s', mode: 440 }],
    });
    expect(svc).not.toHaveProperty('cpu_count');
    expect(svc.deploy).not.toHaveProperty('update_config.max_failure_ratio');
  });

  it('reports a string that is no number at its line and drops it', () => {
    const { svc, issues } = service('image: redis:7.2\ndeploy:\n  replicas: one');
    expect(issues.map((i) => [i.pos.line, i.message])).toEqual([
      [5, 'services.s: deploy.replicas: "one" is not an integer'],
    ]);
    expect(svc.deploy).toEqual({});
  });
});

describe('devices', () => {
  it('writes the short syntax in the long form Compose prints', () => {
    const { svc, issues } = service(
      'image: redis:7.2\ndevices: ["/dev/net/tun:/dev/net/tun", /dev/fuse, "/dev/sda:/dev/xvda:r", "/a:/b:rw:x"]',
    );
    expect(svc.devices).toEqual([
      { source: '/dev/net/tun', target: '/dev/net/tun', permissions: 'rwm' },
      { source: '/dev/fuse', target: '/dev/fuse', permissions: 'rwm' },
      { source: '/dev/sda', target: '/dev/xvda', permissions: 'r' },
    ]);
    expect(issues.map((i) => [i.pos.line, i.message])).toEqual([
      [4, expect.stringMatching(/"\/a:\/b:rw:x" is a confusing device mapping/)],
    ]);
  });
});
