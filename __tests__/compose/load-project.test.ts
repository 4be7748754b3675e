import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { filesRead, loadProject, UnreadableInputError } from '../../src/compose/index.js';
import { writeProject } from './helpers.js';

const SEED = [
  'services:', // 1
  '  redis:', // 2
  '    image: redis:alpine', // 3
  '    command: redis-server --requirepass ${REDIS_PASSWORD}', // 4
  '    environment:', // 5
  '      REDIS_PASSWORD: ${REDIS_PASSWORD}', // 6
  '      CHECK: ${ADMIN:?set ADMIN in .env}', // 7
  '    environnement:', // 8
  '      A: 1', // 9
  '    volumes: [redis_data:/data]', // 10
  '', // 11
].join('\n');

describe('loadProject: one file', () => {
  it('drops the empty word of an unset variable in a string command and says where it was used', async () => {
    const dir = writeProject({ 'compose.yaml': SEED });
    const p = await loadProject({ files: [], cwd: dir, env: {} });
    expect(p.model.services.redis.command).toEqual(['redis-server', '--requirepass']);
    const file = path.join(dir, 'compose.yaml');
    const unset = p.issues.filter(
      (i) => i.kind === 'variable-unset' && i.variable === 'REDIS_PASSWORD',
    );
    expect(unset.map((i) => [i.pos.line, i.pos.column])).toEqual([
      [4, 41],
      [6, 23],
    ]);
    expect(unset[0]).toMatchObject({ service: 'redis', pos: { file } });
    expect(unset[0].message).toMatch(
      /The "REDIS_PASSWORD" variable is not set.*services\.redis\.command/,
    );
  });

  it('keeps a source for every command word, with raw text and variables', async () => {
    const dir = writeProject({ 'compose.yaml': SEED });
    const p = await loadProject({ files: [], cwd: dir, env: {} });
    const word = p.sources.get(['services', 'redis', 'command', 1])!;
    expect(word.pos).toMatchObject({ line: 4, column: 27 });
    expect(word.raw).toBe('redis-server --requirepass ${REDIS_PASSWORD}');
    expect(word.variables).toEqual([
      expect.objectContaining({
        name: 'REDIS_PASSWORD',
        operator: '',
        isSet: false,
        resolvedEmpty: true,
      }),
    ]);
  });

  it('records every value where it starts, a mapping at its first key', async () => {
    const dir = writeProject({ 'compose.yaml': SEED });
    const p = await loadProject({ files: [], cwd: dir, env: {} });
    expect(p.sources.get(['services', 'redis'])!.pos).toMatchObject({ line: 3, column: 5 });
    expect(p.sources.get(['services', 'redis', 'environment'])!.pos).toMatchObject({
      line: 6,
      column: 7,
    });
    expect(p.sources.get(['services', 'redis', 'image'])!.pos).toMatchObject({
      line: 3,
      column: 12,
    });
    expect(p.sources.locate(['services', 'redis', 'healthcheck'])).toMatchObject({ line: 3 });
  });

  it('makes an unset ${VAR:?msg} a variable-unset issue and goes on with an empty value', async () => {
    const dir = writeProject({ 'compose.yaml': SEED });
    const p = await loadProject({ files: [], cwd: dir, env: {} });
    expect(p.model.services.redis.environment?.CHECK).toBe('');
    const required = p.issues.find((i) => i.variable === 'ADMIN')!;
    expect(required).toMatchObject({
      kind: 'variable-unset',
      service: 'redis',
      pos: { line: 7, column: 14 },
    });
    expect(required.message).toMatch(
      /required variable ADMIN is missing a value: set ADMIN in \.env/,
    );
    expect(required.message).toMatch(/services\.redis\.environment\.CHECK/);
  });

  it('reports unknown keys and undeclared volumes at their line, as compose-invalid', async () => {
    const dir = writeProject({ 'compose.yaml': SEED });
    const p = await loadProject({ files: [], cwd: dir, env: { REDIS_PASSWORD: 'x', ADMIN: 'y' } });
    const invalid = p.issues.filter((i) => i.kind === 'compose-invalid');
    expect(invalid.map((i) => [i.pos.line, i.pos.column])).toEqual([
      [8, 5],
      [10, 15],
    ]);
    expect(invalid[0].message).toMatch(/"environnement".*did you mean "environment"/);
    expect(invalid[1].message).toMatch(/undefined volume "redis_data"/);
    expect(p.issues.filter((i) => i.kind === 'variable-unset')).toEqual([]);
  });

  it('points environment values from env_file at the env file line, and inline values at the compose file', async () => {
    const dir = writeProject({
      'compose.yaml':
        'services:\n  redis:\n    image: redis:7.2\n    env_file: conf/redis.env\n    environment:\n      B: inline\n',
      'conf/redis.env': '# redis\nA=from-file\nB=shadowed\n',
    });
    const p = await loadProject({ files: ['compose.yaml'], cwd: dir, env: {} });
    expect(p.model.services.redis.environment).toEqual({ A: 'from-file', B: 'inline' });
    expect(p.sources.get(['services', 'redis', 'environment', 'A'])!.pos).toEqual({
      file: path.join(dir, 'conf/redis.env'),
      line: 2,
      column: 1,
    });
    expect(p.sources.get(['services', 'redis', 'environment', 'B'])!.pos).toMatchObject({
      file: path.join(dir, 'compose.yaml'),
      line: 6,
    });
    expect(p.serviceEnvFiles).toEqual([path.join(dir, 'conf/redis.env')]);
    expect(p.envFiles).toEqual([]);
  });

  it('reports a missing env_file but keeps loading; `required: false` is silent', async () => {
    const dir = writeProject({
      'compose.yaml':
        'services:\n  redis:\n    image: redis:7.2\n    env_file:\n      - missing.env\n      - path: optional.env\n        required: false\n',
    });
    const p = await loadProject({ files: ['compose.yaml'], cwd: dir, env: {} });
    expect(p.issues).toEqual([
      expect.objectContaining({
        kind: 'compose-invalid',
        pos: expect.objectContaining({ line: 5, column: 9 }),
      }),
    ]);
    expect(p.issues[0].message).toMatch(/missing\.env not found/);
    expect(p.model.services.redis.image).toBe('redis:7.2');
  });

  it('takes .env values for interpolation, the process environment winning, and records both', async () => {
    const dir = writeProject({
      '.env': 'TAG=7.0\nPW=dotpw\n',
      'compose.yaml': 'services:\n  redis:\n    image: redis:${TAG}\n    environment: [PW]\n',
    });
    const p = await loadProject({ files: [], cwd: dir, env: { TAG: '7.4' } });
    expect(p.model.services.redis.image).toBe('redis:7.4');
    expect(p.model.services.redis.environment).toEqual({ PW: 'dotpw' });
    expect(p.environment).toMatchObject({ TAG: '7.4', PW: 'dotpw' });
    expect(p.envFiles).toEqual([path.join(dir, '.env')]);
    expect(p.composeFiles).toEqual([path.join(dir, 'compose.yaml')]);
    expect(p.sources.get(['services', 'redis', 'environment', 'PW'])!.pos).toMatchObject({
      file: path.join(dir, '.env'),
      line: 2,
    });
  });

  it('names the directory when there is no compose file', async () => {
    const dir = writeProject({ 'README.md': 'nothing' });
    await expect(
      loadProject({ files: [], cwd: '/', projectDirectory: dir, env: {} }),
    ).rejects.toThrow(/no compose file found/);
    await expect(loadProject({ files: ['nope.yaml'], cwd: dir, env: {} })).rejects.toBeInstanceOf(
      UnreadableInputError,
    );
  });
});

describe('loadProject: several files, extends, include, profiles', () => {
  it('points values from an override file at that file', async () => {
    const dir = writeProject({
      'compose.yaml':
        'services:\n  redis:\n    image: redis:7.0\n    ports: ["6379:6379"]\n    environment:\n      A: base\n',
      'compose.override.yaml':
        'services:\n  redis:\n    image: redis:7.2\n    environment:\n      B: over\n',
    });
    const p = await loadProject({ files: [], cwd: dir, env: {} });
    expect(p.composeFiles).toEqual([
      path.join(dir, 'compose.yaml'),
      path.join(dir, 'compose.override.yaml'),
    ]);
    expect(p.referencedComposeFiles).toEqual([]);
    expect(p.model.services.redis.image).toBe('redis:7.2');
    expect(p.sources.get(['services', 'redis', 'image'])!.pos).toMatchObject({
      file: path.join(dir, 'compose.override.yaml'),
      line: 3,
    });
    expect(p.sources.get(['services', 'redis', 'environment', 'A'])!.pos.file).toBe(
      path.join(dir, 'compose.yaml'),
    );
    expect(p.sources.get(['services', 'redis', 'ports', 0, 'published'])!.pos).toMatchObject({
      line: 4,
    });
  });

  it('points values inherited through extends at the extended file', async () => {
    const dir = writeProject({
      'common/base.yml': 'services:\n  base:\n    image: redis:6.2\n    volumes: [./conf:/conf]\n',
      'compose.yaml':
        'services:\n  redis:\n    extends:\n      file: common/base.yml\n      service: base\n    command: redis-server\n',
    });
    const p = await loadProject({ files: [], cwd: dir, env: {} });
    expect(p.model.services.redis.image).toBe('redis:6.2');
    expect(p.model.services.redis.volumes?.[0].source).toBe(path.join(dir, 'common/conf'));
    expect(p.sources.get(['services', 'redis', 'image'])!.pos).toMatchObject({
      file: path.join(dir, 'common/base.yml'),
      line: 3,
    });
    expect(p.composeFiles).toEqual([path.join(dir, 'compose.yaml')]);
    expect(p.referencedComposeFiles).toEqual([path.join(dir, 'common/base.yml')]);
  });

  it('reports a circular extends instead of looping', async () => {
    const dir = writeProject({
      'compose.yaml':
        'services:\n  a:\n    image: x\n    extends: b\n  b:\n    image: y\n    extends: a\n',
    });
    const p = await loadProject({ files: [], cwd: dir, env: {} });
    expect(p.issues.some((i) => /circular extends/.test(i.message))).toBe(true);
  });

  it('points values from an included file at that file', async () => {
    const dir = writeProject({
      'infra/redis.yml': 'services:\n  redis:\n    image: redis:${TAG}\n',
      'infra/.env': 'TAG=7.2\n',
      'compose.yaml': 'include: [infra/redis.yml]\nservices:\n  app:\n    image: app\n',
    });
    const p = await loadProject({ files: [], cwd: dir, env: {} });
    expect(p.model.services.redis.image).toBe('redis:7.2');
    expect(p.sources.get(['services', 'redis', 'image'])!.pos).toMatchObject({
      file: path.join(dir, 'infra/redis.yml'),
      line: 3,
    });
    expect(p.composeFiles).toEqual([path.join(dir, 'compose.yaml')]);
    expect(p.referencedComposeFiles).toEqual([path.join(dir, 'infra/redis.yml')]);
    expect(p.envFiles).toEqual([path.join(dir, 'infra/.env')]);
  });

  it('names each file read by its role: compose files from COMPOSE_FILE in .env, env files, service env files', async () => {
    const dir = writeProject({
      '.env': 'COMPOSE_FILE=base.yml:extra.yml\n',
      'compose.yaml': 'services:\n  ignored:\n    image: nginx\n',
      'base.yml': 'services:\n  redis:\n    image: redis:7.2\n    env_file: redis.env\n',
      'extra.yml': 'services:\n  app:\n    extends: {file: common.yml, service: app}\n',
      'common.yml': 'services:\n  app:\n    image: app\n',
      'redis.env': 'A=1\n',
    });
    const p = await loadProject({ files: [], cwd: dir, env: {} });
    expect(Object.keys(p.model.services).sort()).toEqual(['app', 'redis']);
    expect(p.composeFiles).toEqual([path.join(dir, 'base.yml'), path.join(dir, 'extra.yml')]);
    expect(p.referencedComposeFiles).toEqual([path.join(dir, 'common.yml')]);
    expect(p.envFiles).toEqual([path.join(dir, '.env')]);
    expect(p.serviceEnvFiles).toEqual([path.join(dir, 'redis.env')]);
    expect([...p.composeTexts.keys()].sort()).toEqual(
      ['base.yml', 'common.yml', 'extra.yml'].map((f) => path.join(dir, f)),
    );
    expect(filesRead(p)).toEqual(
      ['base.yml', 'extra.yml', 'common.yml', '.env', 'redis.env'].map((f) => path.join(dir, f)),
    );
  });

  it('reports an include loop instead of recursing forever', async () => {
    const dir = writeProject({
      'a.yml': 'include: [b.yml]\nservices:\n  a:\n    image: a\n',
      'b.yml': 'include: [a.yml]\nservices:\n  b:\n    image: b\n',
    });
    const p = await loadProject({ files: ['a.yml'], cwd: dir, env: {} });
    expect(p.issues.some((i) => /loops back/.test(i.message))).toBe(true);
  });

  it('keeps services outside the active profiles apart, with their sources', async () => {
    const dir = writeProject({
      'compose.yaml':
        'services:\n  redis:\n    image: redis:7.2\n    profiles: [cache]\n  app:\n    image: app\n',
    });
    const off = await loadProject({ files: [], cwd: dir, env: {} });
    expect(Object.keys(off.model.services)).toEqual(['app']);
    expect(Object.keys(off.inactiveServices)).toEqual(['redis']);
    expect(off.sources.get(['services', 'redis', 'image'])!.pos.line).toBe(3);
    const on = await loadProject({ files: [], cwd: dir, env: { COMPOSE_PROFILES: 'cache' } });
    expect(Object.keys(on.model.services).sort()).toEqual(['app', 'redis']);
    const flag = await loadProject({ files: [], cwd: dir, env: {}, profiles: ['cache'] });
    expect(flag.inactiveServices).toEqual({});
  });

  it('applies !reset and !override from a later file', async () => {
    const dir = writeProject({
      'a.yml':
        'services:\n  redis:\n    image: redis:7.2\n    ports: ["6379:6379"]\n    environment: {A: "1", B: "2"}\n',
      'b.yml': 'services:\n  redis:\n    ports: !reset []\n    environment: !override {C: "3"}\n',
    });
    const p = await loadProject({ files: ['a.yml', 'b.yml'], cwd: dir, env: {} });
    expect(p.model.services.redis.ports).toBeUndefined();
    expect(p.model.services.redis.environment).toEqual({ C: '3' });
  });
});

describe('yaml on demand', () => {
  it('loads yaml when a file needs it, with the same issues as when it is loaded already', async () => {
    vi.resetModules();
    const yamlModule = await import('../../src/yaml-module.js');
    const { loadProject: freshLoad } = await import('../../src/compose/index.js');
    const dir = mkdtempSync(path.join(tmpdir(), 'rr-yaml-on-demand-'));
    try {
      // The line scanner declines the multi-line quoted scalar in the second file.
      writeFileSync(
        path.join(dir, 'compose.yaml'),
        'services:\n  redis:\n    image: redis:${TAG}\n',
      );
      writeFileSync(
        path.join(dir, 'compose.override.yaml'),
        'services:\n  redis:\n    command: "redis-server\n      --appendonly yes"\n',
      );
      expect(() => yamlModule.yamlModule()).toThrow(/before loadYaml/);
      const options = { files: ['compose.yaml', 'compose.override.yaml'], cwd: dir, env: {} };
      const project = await freshLoad(options);
      expect(project.model.services.redis.command).toEqual(['redis-server', '--appendonly', 'yes']);
      // Loaded now: a second load reports the same.
      expect(yamlModule.yamlModule()).toBeDefined();
      const again = await freshLoad(options);
      expect(project.issues.map((i) => i.message)).toEqual(again.issues.map((i) => i.message));
      expect(project.issues.filter((i) => i.kind === 'variable-unset')).toHaveLength(1);
      writeFileSync(path.join(dir, 'compose.override.yaml'), 'services: [\n');
      vi.resetModules();
      const { loadProject: fresher } = await import('../../src/compose/index.js');
      await expect(fresher(options)).rejects.toThrow(
        /compose\.override\.yaml:\d+:\d+: is not valid YAML/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('services made canonical as the line scanner reads them', () => {
  const unknownKey = (p: { issues: { message: string }[] }) =>
    p.issues.filter((i) => i.message.includes('additional property "imagee"'));

  it('reports what a service has once when the scanner declines the file after it', async () => {
    // The anchor further down makes the scanner decline after it has handed over `app`.
    const dir = writeProject({
      'compose.yaml': [
        'services:',
        '  app:',
        '    imagee: app:1',
        '    environment:',
        '      URL: redis://${HOST}:6379',
        'x-common: &common',
        '  restart: always',
        '',
      ].join('\n'),
    });
    const p = await loadProject({ files: [], cwd: dir, env: {} });
    expect(unknownKey(p)).toHaveLength(1);
    expect(p.issues.filter((i) => i.kind === 'variable-unset')).toHaveLength(1);
  });

  it('reports the same issues as a file the scanner declines from the start', async () => {
    const services = [
      'services:',
      '  app:',
      '    imagee: app:1',
      '    environment:',
      '      URL: redis://${HOST}:6379',
      '  bad: 3',
      'volumes:',
      '  data: {}',
    ];
    const plain = writeProject({ 'compose.yaml': [...services, ''].join('\n') });
    // The same file ending with a tag, which makes the scanner decline it after the services.
    const declined = writeProject({
      'compose.yaml': [...services, 'name: !!str demo', ''].join('\n'),
    });
    const a = await loadProject({ files: [], cwd: plain, env: {} });
    const b = await loadProject({ files: [], cwd: declined, env: {} });
    const summary = (p: typeof a) =>
      p.issues.map((i) => `${i.kind} ${i.pos.line}:${i.pos.column} ${i.message}`).sort();
    expect(summary(a)).toEqual(summary(b));
    expect(summary(a).length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(a.model.services)).toEqual(['app']);
  });

  it('still refuses a service name given twice when the first is no service', async () => {
    const dir = writeProject({
      'compose.yaml': 'services:\n  app: 3\n  app:\n    image: app:1\n',
    });
    await expect(loadProject({ files: [], cwd: dir, env: {} })).rejects.toThrow(
      /compose\.yaml:3:3: a key is defined twice/,
    );
  });
});

describe('COMPOSE_PROJECT_NAME during interpolation', () => {
  it.each([
    ['the directory', '', {}, 'proj'],
    ['the top-level name, normalised', 'name: My_Stack\n', {}, 'my_stack'],
    ['the environment', 'name: ignored\n', { COMPOSE_PROJECT_NAME: 'from-env' }, 'from-env'],
  ])('is the project name, from %s', async (_from, top, env, expected) => {
    const dir = writeProject({
      'compose.yaml': `${top}services:\n  redis:\n    image: redis:7.2\n    environment:\n      P: \${COMPOSE_PROJECT_NAME:-unset}\n`,
    });
    const p = await loadProject({ files: ['compose.yaml'], cwd: dir, env });
    expect(p.name).toBe(expected);
    expect(p.model.services.redis.environment).toEqual({ P: expected });
  });

  it('drops an empty ipv4_address as Compose does', async () => {
    const dir = writeProject({
      'compose.yaml':
        'services:\n  redis:\n    image: redis:7.2\n    networks:\n      back:\n        ipv4_address: ""\nnetworks:\n  back:\n',
    });
    const p = await loadProject({ files: ['compose.yaml'], cwd: dir, env: {} });
    expect(p.model.services.redis.networks).toEqual({ back: {} });
  });
});

describe('network flags Compose casts to booleans', () => {
  it('casts internal, attachable and enable_ipv6, printing a false enable_ipv6 only', async () => {
    const dir = writeProject({
      'compose.yaml': [
        'services:',
        '  redis:',
        '    image: redis:7.2',
        '    networks: [a, b]',
        'networks:',
        '  a:',
        '    internal: "${INTERNAL:-false}"',
        '    attachable: "yes"',
        '    enable_ipv6: ${V6:-true}',
        '  b:',
        '    internal: "true"',
        '    enable_ipv6: "off"',
        '',
      ].join('\n'),
    });
    const p = await loadProject({ files: ['compose.yaml'], cwd: dir, env: {} });
    expect(p.issues).toEqual([]);
    expect(p.model.networks?.a).toEqual({ name: 'proj_a', attachable: true, enable_ipv6: true });
    expect(p.model.networks?.b).toEqual({ name: 'proj_b', internal: true, enable_ipv6: false });
  });

  it('reports a flag that is no boolean as compose-invalid, at its line', async () => {
    const dir = writeProject({
      'compose.yaml':
        'services:\n  redis:\n    image: redis:7.2\n    networks: [a]\nnetworks:\n  a:\n    enable_ipv6: "${V6:-maybe}"\n',
    });
    const p = await loadProject({ files: ['compose.yaml'], cwd: dir, env: {} });
    expect(p.issues.map((i) => [i.kind, i.pos.line, i.message])).toEqual([
      [
        'compose-invalid',
        7,
        'networks.a.enable_ipv6: "maybe" is not a boolean; write true or false.',
      ],
    ]);
    expect(p.model.networks?.a).toEqual({ name: 'proj_a' });
  });
});

describe('dependencies Compose implies', () => {
  it('adds links, service: namespaces and volumes_from to depends_on, what depends_on says winning', async () => {
    const dir = writeProject({
      'compose.yaml': [
        'services:',
        '  app:',
        '    image: app:1',
        '    links: ["redis:cache", db]',
        '    network_mode: service:vpn',
        '    volumes_from: [data, "container:outside"]',
        '    depends_on:',
        '      db:',
        '        condition: service_healthy',
        '  redis: {image: redis:7.2}',
        '  db: {image: db:1}',
        '  vpn: {image: vpn:1}',
        '  data: {image: data:1}',
        '',
      ].join('\n'),
    });
    const p = await loadProject({ files: ['compose.yaml'], cwd: dir, env: {} });
    expect(p.issues).toEqual([]);
    expect(p.model.services.app.depends_on).toEqual({
      db: { condition: 'service_healthy', required: true },
      redis: { condition: 'service_started', restart: true, required: true },
      vpn: { condition: 'service_started', restart: true, required: true },
      data: { condition: 'service_started', required: true },
    });
    expect(p.sources.get(['services', 'app', 'depends_on', 'redis'])?.pos.line).toBe(4);
  });
});

describe('a service both included and defined by the including file', () => {
  it('is compose-invalid (Compose 2.26), and read as newer Compose merges it', async () => {
    const dir = writeProject({
      'services/redis.yaml':
        'services:\n  cache:\n    image: redis:7.2\n    command: [redis-server, --appendonly, "yes"]\n',
      'compose.yaml': [
        'include: [services/redis.yaml]',
        'services:',
        '  cache:',
        '    volumes: [redis-data:/data]',
        'volumes:',
        '  redis-data:',
        '',
      ].join('\n'),
    });
    const p = await loadProject({ files: ['compose.yaml'], cwd: dir, env: {} });
    expect(p.issues.map((i) => [i.kind, i.pos.line, i.service])).toEqual([
      ['compose-invalid', 3, 'cache'],
    ]);
    expect(p.issues[0].message).toMatch(/services\.cache conflicts with the one imported from/);
    expect(p.model.services.cache).toMatchObject({
      image: 'redis:7.2',
      command: ['redis-server', '--appendonly', 'yes'],
      volumes: [{ type: 'volume', source: 'redis-data', target: '/data' }],
    });
    expect(p.sources.get(['services', 'cache', 'image'])?.pos.file).toMatch(/redis\.yaml$/);
  });

  it('is no conflict when both define it alike', async () => {
    const dir = writeProject({
      'inc.yaml': 'services:\n  cache:\n    image: redis:7.2\n',
      'compose.yaml': 'include: [inc.yaml]\nservices:\n  cache:\n    image: redis:7.2\n',
    });
    const p = await loadProject({ files: ['compose.yaml'], cwd: dir, env: {} });
    expect(p.issues).toEqual([]);
  });
});

describe('a service key left empty', () => {
  it('is compose-invalid, except where Compose takes null (command, entrypoint, deploy)', async () => {
    const dir = writeProject({
      'compose.yaml': [
        'services:',
        '  redis:',
        '    image: redis:7.2',
        '    volumes:',
        '      # - ./data:/data',
        '    command:',
        '    deploy:',
        '    x-note:',
        '',
      ].join('\n'),
    });
    const p = await loadProject({ files: ['compose.yaml'], cwd: dir, env: {} });
    expect(p.issues.map((i) => [i.kind, i.pos.line, i.message])).toEqual([
      ['compose-invalid', 4, expect.stringMatching(/^services\.redis\.volumes is empty \(null\)/)],
    ]);
    expect(p.model.services.redis.image).toBe('redis:7.2');
  });
});
