/**
 * Generated compose projects for the differential test: each covers one
 * feature of the loader and is loaded both by `docker compose config` and by
 * loadProject. Files are written into a temp dir by the test.
 */
export interface DiffCase {
  name: string;
  /** Relative path -> content. */
  files: Record<string, string>;
  /** The only variables set (besides PATH and HOME). */
  env?: Record<string, string>;
  /** -f files, relative to the case dir; empty means discover. */
  composeFiles?: string[];
  profiles?: string[];
  envFiles?: string[];
  projectDirectory?: string;
  /** Subdirectory to run from. */
  cwd?: string;
  /** Compose refuses this project: the loader must report an issue matching this. */
  refused?: RegExp;
}

const svc = (body: string, name = 'redis') =>
  `services:\n  ${name}:\n${body.replace(/^/gm, '    ')}\n`;

const cases: DiffCase[] = [];
const add = (c: DiffCase) => cases.push(c);

// Interpolation forms.
const interpForms: [string, string, Record<string, string>][] = [
  ['plain', 'redis:$TAG', { TAG: '7.2' }],
  ['braced', 'redis:${TAG}', { TAG: '7.2' }],
  ['default-colon-unset', 'redis:${TAG:-7.0}', {}],
  ['default-colon-empty', 'redis:${TAG:-7.0}', { TAG: '' }],
  ['default-dash-empty', 'redis:${TAG-7.0}x', { TAG: '' }],
  ['default-dash-unset', 'redis:${TAG-7.0}', {}],
  ['alt-colon-set', 'redis:7${TAG:+-alpine}', { TAG: 'x' }],
  ['alt-colon-empty', 'redis:7${TAG:+-alpine}', { TAG: '' }],
  ['alt-dash-empty', 'redis:7${TAG+-alpine}', { TAG: '' }],
  ['nested', 'redis:${A:-${B:-${C:-6.2}}}', { B: '7.4' }],
  ['nested-deep-unset', 'redis:${A:-${B:-${C:-6.2}}}', {}],
  ['dollar-escape', 'redis:7', {}],
  ['required-set', 'redis:${TAG:?need a tag}', { TAG: '7.2.4' }],
  ['required-dash-set-empty', 'redis:x${TAG?need}', { TAG: '' }],
  ['unset-blank', 'redis${UNSET}:7', {}],
  ['lowercase-var', 'redis:${tag_1}', { tag_1: '8.0' }],
  ['literal-dollar', 'redis:7', {}],
];
for (const [name, image, env] of interpForms) {
  add({
    name: `interp-${name}`,
    files: {
      'compose.yaml': svc(`image: "${image}"\nenvironment:\n  LIT: "a $$HOME b $$$$ c $ d $1"`),
    },
    env,
  });
}

// command / entrypoint splitting.
const commands: [string, string][] = [
  ['string', 'command: redis-server --appendonly yes'],
  ['unset-drops-word', 'command: redis-server --requirepass ${PASS}'],
  ['unset-quoted-keeps', 'command: redis-server --requirepass "${PASS}"'],
  ['set', 'command: redis-server --requirepass ${PW}'],
  ['quotes', `command: redis-server --save "" --dir '/my data' a\\ b "x\\"y"`],
  ['operators', 'command: sh -c echo hi && redis-server ; foo'],
  ['redirect', 'command: redis-server 2>/dev/null --port 1'],
  ['list', 'command: ["redis-server", "--requirepass", "${PASS}", "6379", "a b"]'],
  ['block', 'command: >\n  redis-server\n  --maxmemory 100mb\n  --maxmemory-policy allkeys-lru'],
  ['entrypoint-string', 'entrypoint: /usr/local/bin/docker-entrypoint.sh redis-server'],
  ['entrypoint-list', 'entrypoint: ["sh", "-c", "redis-server --requirepass $$REDIS_PASSWORD"]'],
  ['sh-c-string', 'command: sh -c "redis-server --requirepass $$PW --port 1"'],
  ['dollar-paren', 'command: sh -c $$(echo redis-server) "$$(a b)"'],
  ['backtick', 'command: a `b c` d'],
  ['empty-list', 'command: []'],
  ['null', 'command: null\nentrypoint: ~'],
];
for (const [name, body] of commands) {
  add({
    name: `cmd-${name}`,
    files: { 'compose.yaml': svc(`image: redis:7.2\n${body}`) },
    env: { PW: 's3cret' },
  });
}

// environment forms and env files.
add({
  name: 'env-map-types',
  files: {
    'compose.yaml': svc(
      'image: redis:7.2\nenvironment:\n  A: 1\n  B: 1.50\n  C: true\n  D: 0x1F\n  E: ""\n  F:\n  G: "${SET}"\n  H: null\n  I: 1e3',
    ),
  },
  env: { SET: 'yes', F: 'from-process' },
});
add({
  name: 'env-list',
  files: {
    'compose.yaml': svc(
      'image: redis:7.2\nenvironment:\n  - A=1\n  - B=\n  - C\n  - D=x=y\n  - E=${SET}\n  - F',
    ),
  },
  env: { SET: 'v', F: 'procf' },
});
add({
  name: 'dotenv-syntax',
  files: {
    '.env': [
      '# comment',
      'A=plain',
      'export B="double ${A}\\n end"',
      "C='single ${A}'",
      'D=unquoted ${A} # trailing comment',
      'E=',
      'F: yaml-style',
      'G=with#hash',
      'H="multi',
      'line"',
      '  I = spaced  ',
      'J=${MISSING:-dflt}',
      'K=$A$A',
      'NOVAL',
      'L="esc \\" quote"',
    ].join('\n'),
    'compose.yaml': svc(
      'image: redis:7.2\nenvironment:\n  A: $A\n  B: $B\n  C: $C\n  D: $D\n  E: ${E-unset}\n  F: $F\n  G: $G\n  H: $H\n  I: $I\n  J: $J\n  K: $K\n  NOVAL: ${NOVAL-unset}\n  L: $L',
    ),
  },
});
add({
  name: 'dotenv-process-wins',
  files: {
    '.env': 'A=dot\nB=dot\nC=${A}\n',
    'compose.yaml': svc('image: redis:7.2\nenvironment:\n  A: $A\n  B: $B\n  C: $C\n  B2:'),
  },
  env: { A: 'proc' },
});
add({
  name: 'env-file-forms',
  files: {
    'a.env': 'A=1\nB=from-a\nSHARED=a\n',
    'conf/b.env': 'B=from-b\nC=${X:-cx}\nD="q ${A}"\n',
    'compose.yaml': svc(
      'image: redis:7.2\nenv_file:\n  - a.env\n  - path: ./conf/b.env\n    required: true\n  - path: missing.env\n    required: false\nenvironment:\n  SHARED: inline',
    ),
  },
  env: { SHARED: 'proc', X: 'xx' },
});
add({
  name: 'env-file-string',
  files: {
    'r.env': 'REDIS_PASSWORD=hunter2\n',
    'compose.yaml': svc('image: redis:7.2\nenv_file: r.env'),
  },
});
add({
  name: 'env-file-bare-key-overrides',
  files: {
    'a.env': 'A=file\nB=file\n',
    'compose.yaml': svc('image: redis:7.2\nenv_file: a.env\nenvironment:\n  - A\n  - B'),
  },
  env: { B: 'proc' },
});
add({
  name: 'env-file-option',
  files: {
    'one.env': 'TAG=7.0\nX=one\n',
    'two.env': 'X=two\n',
    '.env': 'TAG=ignored\n',
    'compose.yaml': svc('image: redis:${TAG}\nenvironment:\n  X: $X'),
  },
  envFiles: ['one.env', 'two.env'],
});

// ports.
add({
  name: 'ports-short',
  files: {
    'compose.yaml': svc(
      'image: redis:7.2\nports:\n  - 6379\n  - "6380:6379"\n  - "127.0.0.1:6381:6379"\n  - "[::1]:6382:6379"\n  - "7000-7002:7000-7002/udp"\n  - "127.0.0.1::6379"\n  - "0.0.0.0:6383:6379/tcp"\n  - "8000-8001:80"\n  - 6384:6379\n  - "${HOSTPORT:-6390}:6379"\n  - "9000-9001"',
    ),
  },
});
add({
  name: 'ports-long',
  files: {
    'compose.yaml': svc(
      'image: redis:7.2\nports:\n  - target: 6379\n    published: 8000\n    host_ip: 127.0.0.1\n  - target: 6379\n    published: "8001"\n    protocol: udp\n    mode: host\n  - target: 6380\n  - target: "${T:-6381}"\n    published: ${P:-9000}\n    name: redis',
    ),
  },
});

// volumes.
add({
  name: 'volumes-short',
  files: {
    'compose.yaml':
      svc(
        'image: redis:7.2\nvolumes:\n  - data:/data\n  - ./redis.conf:/usr/local/etc/redis/redis.conf:ro\n  - ../outside:/outside\n  - /abs:/abs:rw,z\n  - /anon\n  - data:/nocopy:nocopy\n  - .:/here\n  - ./x:/shared:rshared\n  - ~/cfg:/cfg',
      ) + 'volumes:\n  data:\n',
  },
});
add({
  name: 'volumes-long',
  files: {
    'compose.yaml':
      svc(
        'image: redis:7.2\nvolumes:\n  - type: volume\n    source: data\n    target: /data\n    read_only: true\n  - type: volume\n    target: /anon\n  - type: bind\n    source: ./conf\n    target: /conf\n    bind:\n      create_host_path: true\n  - type: tmpfs\n    target: /tmp\n    tmpfs:\n      size: 64m\n  - type: volume\n    source: data\n    target: /sub\n    volume:\n      nocopy: true',
      ) + 'volumes:\n  data:\n    driver: local\n',
  },
});
add({
  name: 'volumes-toplevel',
  files: {
    'compose.yaml':
      svc('image: redis:7.2\nvolumes:\n  - a:/a\n  - b:/b\n  - c:/c\n  - d:/d') +
      'volumes:\n  a:\n  b:\n    external: true\n  c:\n    name: custom-c\n  d:\n    name: ${VOLNAME:-vol-d}\n  unused:\n',
  },
});

// healthcheck.
const health: [string, string][] = [
  ['string', 'test: redis-cli ping'],
  ['cmd', 'test: ["CMD", "redis-cli", "ping"]\ninterval: 10s\ntimeout: 5s\nretries: 5'],
  [
    'cmd-shell',
    'test: ["CMD-SHELL", "redis-cli -a $$PW ping | grep PONG"]\ninterval: 1m30s\nstart_period: 90s\nstart_interval: 500ms',
  ],
  ['none', 'test: ["NONE"]'],
  ['none-string', 'test: NONE'],
  ['disable', 'disable: true'],
  [
    'durations',
    'test: ["CMD", "true"]\ninterval: 1h\ntimeout: 1.5s\nstart_period: 2m\nretries: "3"',
  ],
  ['interpolated', 'test: ["CMD", "redis-cli", "-a", "${PW}", "ping"]\ninterval: ${IV:-5s}'],
];
for (const [name, body] of health) {
  add({
    name: `health-${name}`,
    files: { 'compose.yaml': svc(`image: redis:7.2\nhealthcheck:\n${body.replace(/^/gm, '  ')}`) },
    env: { PW: 'pw' },
  });
}

// depends_on, networks, resources.
add({
  name: 'depends-on',
  files: {
    'compose.yaml':
      'services:\n  redis:\n    image: redis:7.2\n  a:\n    image: app\n    depends_on: [redis]\n  b:\n    image: app\n    depends_on:\n      redis:\n        condition: service_healthy\n      a:\n        condition: service_started\n        restart: true\n  c:\n    image: app\n    depends_on:\n      redis:\n        condition: service_completed_successfully\n        required: false\n',
  },
});
add({
  name: 'networks',
  files: {
    'compose.yaml':
      'services:\n  redis:\n    image: redis:7.2\n    networks:\n      back:\n        aliases: [cache, redis-main]\n      front:\n  app:\n    image: app\n    networks: [back, default]\n  host:\n    image: app\n    network_mode: host\n  plain:\n    image: app\nnetworks:\n  back:\n    internal: true\n  front:\n    driver: bridge\n  ext:\n    external: true\n    name: outer\n  unused:\n',
  },
});
add({
  name: 'resources',
  files: {
    'compose.yaml':
      svc(
        'image: redis:7.2\nmem_limit: 512m\nmem_reservation: 1g\nshm_size: 64M\nstop_grace_period: 1m\ndeploy:\n  replicas: 1',
      ) +
      svc(
        'image: redis:7.2\ndeploy:\n  resources:\n    limits:\n      memory: 256M\n      cpus: "0.5"\n    reservations:\n      memory: 128m',
        'r2',
      ).replace('services:\n', ''),
  },
});

// YAML features.
add({
  name: 'yaml-anchors-merge',
  files: {
    'compose.yaml':
      'x-redis: &redis\n  image: redis:7.2\n  environment: &env\n    A: "1"\n    B: "2"\n  healthcheck:\n    test: ["CMD", "redis-cli", "ping"]\nservices:\n  r1:\n    <<: *redis\n  r2:\n    <<: *redis\n    image: redis:7.4\n    environment:\n      <<: *env\n      B: "3"\n  r3:\n    <<: [*redis]\n    command: *redis_cmd_missing\n'.replace(
        '    command: *redis_cmd_missing\n',
        '    command: ["redis-server"]\n',
      ),
  },
});
add({
  name: 'yaml-alias-scalars',
  files: {
    'compose.yaml':
      'x-img: &img redis:7.2\nx-port: &port "6379:6379"\nservices:\n  a:\n    image: *img\n    ports: [*port]\n  b:\n    image: *img\n',
  },
});
add({
  name: 'yaml-block-scalars',
  files: {
    'compose.yaml': svc(
      'image: redis:7.2\nenvironment:\n  A: |\n    line1\n    line2\n  B: >-\n    folded\n    text',
    ),
  },
});

// Project name.
add({
  name: 'name-toplevel',
  files: {
    'compose.yaml':
      'name: My_App\n' + svc('image: redis:7.2\nvolumes: [d:/data]') + 'volumes:\n  d:\n',
  },
});
add({
  name: 'name-env',
  files: { 'compose.yaml': 'name: ignored\n' + svc('image: redis:7.2') },
  env: { COMPOSE_PROJECT_NAME: 'from-env' },
});
add({
  name: 'name-dotenv',
  files: { '.env': 'COMPOSE_PROJECT_NAME=dotproj\n', 'compose.yaml': svc('image: redis:7.2') },
});
add({
  name: 'name-interpolated',
  files: { 'compose.yaml': 'name: ${PN:-pn}-x\n' + svc('image: redis:7.2') },
});

// Discovery.
add({
  name: 'discover-docker-compose-yml',
  files: {
    'docker-compose.yml': svc('image: redis:7.2'),
    'docker-compose.yaml': svc('image: redis:ignored'),
  },
  composeFiles: [],
});
add({
  name: 'discover-override',
  files: {
    'compose.yaml': svc('image: redis:7.2\nports: ["6379:6379"]'),
    'compose.override.yaml': svc(
      'ports: ["127.0.0.1:6380:6379"]\ncommand: redis-server --appendonly yes',
    ),
  },
  composeFiles: [],
});
add({
  name: 'discover-parent',
  files: { 'compose.yaml': svc('image: redis:7.2\nvolumes: [./data:/data]'), 'sub/keep.txt': '' },
  composeFiles: [],
  cwd: 'sub',
});
add({
  name: 'compose-file-env',
  files: { 'a.yml': svc('image: redis:7.0'), 'b.yml': svc('image: redis:7.2') },
  composeFiles: [],
  env: { COMPOSE_FILE: 'a.yml:b.yml' },
});
add({
  name: 'compose-file-separator',
  files: { 'a.yml': svc('image: redis:7.0'), 'b.yml': svc('command: ["x"]') },
  composeFiles: [],
  env: { COMPOSE_FILE: 'a.yml;b.yml', COMPOSE_PATH_SEPARATOR: ';' },
});
add({
  name: 'compose-file-in-dotenv',
  files: {
    '.env': 'COMPOSE_FILE=a.yml:b.yml\n',
    'a.yml': svc('image: redis:7.0'),
    'b.yml': svc('environment: [X=1]'),
  },
  composeFiles: [],
});

// Several files and their merge rules.
add({
  name: 'merge-fields',
  files: {
    'base.yml':
      svc(
        'image: redis:7.0\ncommand: redis-server --appendonly yes\nports: ["6379:6379", "6380:6380"]\nvolumes: [data:/data, ./a:/a]\nenvironment:\n  A: "1"\n  B: "2"\ndepends_on: [app]\nhealthcheck:\n  test: ["CMD", "redis-cli", "ping"]\n  interval: 10s\nnetworks: [back]\nprofiles: [x]\nexpose: ["6379"]\nlabels: [a=1]',
      ) + '  app:\n    image: app\nvolumes:\n  data:\nnetworks:\n  back:\n',
    'over.yml':
      svc(
        'image: redis:7.2\ncommand: ["redis-server"]\nports: ["6379:6379", "127.0.0.1:7000:6379"]\nvolumes: [./b:/data, other:/o]\nenvironment:\n  - B=3\n  - C=4\ndepends_on:\n  app:\n    condition: service_healthy\nhealthcheck:\n  test: redis-cli ping\n  retries: 3\nnetworks:\n  front:\n    aliases: [r]\nprofiles: [y]\nexpose: ["6380"]\nlabels:\n  b: "2"',
      ) + 'volumes:\n  other:\nnetworks:\n  front:\n',
  },
  composeFiles: ['base.yml', 'over.yml'],
  profiles: ['y'],
});
add({
  name: 'merge-reset-override',
  files: {
    'base.yml': svc(
      'image: redis:7.0\nports: ["6379:6379"]\nenvironment:\n  A: "1"\n  B: "2"\ncommand: redis-server\nvolumes: [./a:/a]',
    ),
    'over.yml': svc(
      'ports: !reset []\nenvironment: !override\n  C: "3"\ncommand: !reset null\nvolumes: !override [./b:/b]',
    ),
  },
  composeFiles: ['base.yml', 'over.yml'],
});
add({
  name: 'merge-relative-dirs',
  files: {
    'compose.yaml': svc('image: redis:7.0\nvolumes: [./data:/data]\nenv_file: a.env'),
    'a.env': 'A=1\n',
    'sub/over.yml': svc('volumes: [./conf:/conf]\nbuild: ./ctx'),
  },
  composeFiles: ['compose.yaml', 'sub/over.yml'],
});
add({
  name: 'merge-three-files',
  files: {
    'a.yml': svc('image: redis:6.2\nenvironment: [A=1]'),
    'b.yml': svc('image: redis:7.0\nenvironment: [B=2]'),
    'c.yml': svc('environment: [A=3]'),
  },
  composeFiles: ['a.yml', 'b.yml', 'c.yml'],
});
add({
  name: 'project-directory',
  files: { 'cfg/compose.yaml': svc('image: redis:7.0\nvolumes: [./data:/data]'), '.env': 'X=1\n' },
  composeFiles: ['cfg/compose.yaml'],
  projectDirectory: '.',
});

// extends.
add({
  name: 'extends-same-file',
  files: {
    'compose.yaml':
      'services:\n  base:\n    image: redis:7.0\n    environment:\n      A: "1"\n    command: redis-server --save 60 1\n    healthcheck:\n      test: ["CMD", "redis-cli", "ping"]\n  redis:\n    extends: base\n    environment:\n      B: "2"\n    ports: ["6379:6379"]\n  chained:\n    extends:\n      service: redis\n    image: redis:7.2\n',
  },
});
add({
  name: 'extends-other-file',
  files: {
    'common/base.yml':
      'services:\n  redis-base:\n    image: redis:7.0\n    volumes: [./conf:/conf, data:/data]\n    env_file: base.env\n    build: .\n',
    'common/base.env': 'FROM_BASE=1\n',
    'compose.yaml':
      svc('extends:\n  file: common/base.yml\n  service: redis-base\nenvironment:\n  X: "y"') +
      'volumes:\n  data:\n',
  },
});
add({
  name: 'extends-chain-files',
  files: {
    'a.yml': 'services:\n  a:\n    image: redis:6.2\n    environment: [A=1]\n',
    'b/b.yml':
      'services:\n  b:\n    extends:\n      file: ../a.yml\n      service: a\n    environment: [B=2]\n',
    'compose.yaml': svc('extends:\n  file: b/b.yml\n  service: b\ncommand: redis-server'),
  },
});

// include.
add({
  name: 'include-simple',
  files: {
    'infra/redis.yml':
      'services:\n  redis:\n    image: redis:${TAG:-7.0}\n    volumes: [./data:/data, rdata:/r]\nvolumes:\n  rdata:\n',
    'compose.yaml':
      'include:\n  - infra/redis.yml\nservices:\n  app:\n    image: app\n    depends_on: [redis]\n',
  },
});
add({
  name: 'include-long-env',
  files: {
    'infra/redis.yml':
      'services:\n  redis:\n    image: redis:${TAG}\n    environment:\n      P: ${P:-none}\n',
    'infra/custom.env': 'TAG=7.2\nP=inc\n',
    'compose.yaml':
      'include:\n  - path: infra/redis.yml\n    env_file: infra/custom.env\n    project_directory: infra\nservices:\n  app:\n    image: app\n',
  },
});
add({
  name: 'include-dotenv-of-included',
  files: {
    'infra/redis.yml': 'services:\n  redis:\n    image: redis:${TAG}\n',
    'infra/.env': 'TAG=6.2\n',
    'compose.yaml': 'include: [infra/redis.yml]\nservices:\n  app:\n    image: app:${TAG:-none}\n',
  },
});

// profiles.
add({
  name: 'profiles-inactive',
  files: {
    'compose.yaml':
      'services:\n  redis:\n    image: redis:7.2\n    profiles: [cache]\n  app:\n    image: app\n  dbg:\n    image: dbg\n    profiles: [debug, x]\n',
  },
});
add({
  name: 'profiles-flag',
  files: {
    'compose.yaml':
      'services:\n  redis:\n    image: redis:7.2\n    profiles: [cache]\n  app:\n    image: app\n',
  },
  profiles: ['cache'],
});
add({
  name: 'profiles-env',
  files: {
    'compose.yaml':
      'services:\n  redis:\n    image: redis:7.2\n    profiles: [cache]\n  app:\n    image: app\n    profiles: [web]\n  other:\n    image: x\n',
  },
  env: { COMPOSE_PROFILES: 'cache,web' },
});
add({
  name: 'profiles-star',
  files: {
    'compose.yaml':
      'services:\n  redis:\n    image: redis:7.2\n    profiles: [cache]\n  app:\n    image: app\n',
  },
  profiles: ['*'],
});

// Misc service fields.
add({
  name: 'build-forms',
  files: {
    'compose.yaml':
      'services:\n  a:\n    build: ./app\n  b:\n    build:\n      context: ./b\n      dockerfile: Custom\n      args: [X=1]\n  c:\n    build:\n      dockerfile: D\n    image: c:1\n',
  },
});
add({
  name: 'seed-like',
  files: {
    'docker-compose.yml':
      svc(
        'image: redis:alpine\nports: ["6379:6379"]\nvolumes: [redis_data:/data]\ncommand: redis-server --requirepass ${REDIS_PASSWORD}\nenvironment:\n  REDIS_PASSWORD: ${REDIS_PASSWORD}\nhealthcheck:\n  test: ["CMD", "redis-cli", "--raw", "incr", "ping"]',
      ) + 'volumes:\n  redis_data:\n',
  },
  composeFiles: [],
});
add({
  name: 'many-services',
  files: {
    'compose.yaml':
      'services:\n' +
      Array.from(
        { length: 40 },
        (_, i) => `  s${i}:\n    image: redis:7.${i % 3}\n    ports: ["${7000 + i}:6379"]\n`,
      ).join(''),
  },
});

// More merge, env and syntax corners.
add({
  name: 'reset-in-single-file',
  files: {
    'compose.yaml': svc(
      'image: redis:7.2\nports: !reset ["6379:6379"]\ncommand: !reset redis-server',
    ),
  },
});
add({
  name: 'dotenv-bare-keys',
  files: {
    '.env': 'FROMDOT=dot\nEMPTYDOT=\n',
    'compose.yaml': svc(
      'image: redis:7.2\nenvironment:\n  - FROMDOT\n  - EMPTYDOT\n  - NOWHERE\n  - PROC',
    ),
  },
  env: { PROC: 'p' },
});
add({
  name: 'default-network-declared',
  files: {
    'compose.yaml':
      svc('image: redis:7.2') +
      'networks:\n  default:\n    driver: bridge\n    name: custom_default\n',
  },
});
add({
  name: 'extends-merges-lists',
  files: {
    'compose.yaml':
      'services:\n  base:\n    image: redis:7.0\n    ports: ["6379:6379"]\n    volumes: [./a:/a, data:/data]\n    depends_on: [app]\n    environment: [A=1]\n  redis:\n    extends: base\n    ports: ["127.0.0.1:7000:6379"]\n    volumes: [./b:/a]\n    depends_on:\n      app:\n        condition: service_healthy\n  app:\n    image: app\nvolumes:\n  data:\n',
  },
});
add({
  name: 'volume-options',
  files: {
    'compose.yaml':
      svc(
        'image: redis:7.2\ntmpfs: /run\nvolumes:\n  - ./c:/c:cached\n  - ./d:/d:ro,delegated\n  - type: volume\n    source: data\n    target: /data\n    read_only: ${RO:-true}\n  - type: bind\n    source: ./e\n    target: /e\n    bind:\n      create_host_path: "false"',
      ) + 'volumes:\n  data:\n    external: ${EXT:-false}\n',
  },
});
add({
  name: 'ports-interpolated-long',
  files: {
    'compose.yaml': svc(
      'image: redis:7.2\nports:\n  - target: ${T:-6379}\n    published: "${P:-6380}"\n    host_ip: ${IP:-127.0.0.1}\n    protocol: ${PROTO:-tcp}',
    ),
  },
  env: { P: '7000' },
});
add({
  name: 'include-and-override',
  files: {
    'infra/redis.yml': 'services:\n  redis:\n    image: redis:7.0\n    ports: ["6379:6379"]\n',
    'compose.yaml': 'include: [infra/redis.yml]\nservices:\n  app:\n    image: app\n',
    'compose.override.yaml': 'services:\n  redis:\n    ports: !override ["127.0.0.1:6379:6379"]\n',
  },
  composeFiles: [],
});
add({
  name: 'healthcheck-override-merge',
  files: {
    'a.yml': svc(
      'image: redis:7.2\nhealthcheck:\n  test: ["CMD", "redis-cli", "ping"]\n  interval: 5s\n  retries: 3',
    ),
    'b.yml': svc('healthcheck:\n  test: ["CMD-SHELL", "redis-cli -e ping"]\n  timeout: 2s'),
  },
  composeFiles: ['a.yml', 'b.yml'],
});

add({
  name: 'include-env-precedence',
  files: {
    '.env': 'TAG=parent\n',
    'infra/.env': 'TAG=child\nONLY=childonly\n',
    'infra/r.yml':
      'services:\n  redis:\n    image: redis:${TAG}\n    environment:\n      X: ${ONLY:-none}\n      Y: ${PROC:-none}\n',
    'compose.yaml': 'include: [infra/r.yml]\nservices:\n  app:\n    image: app:${TAG}\n',
  },
  env: { PROC: 'p' },
});

add({
  name: 'secrets-configs-octal',
  files: {
    'pw.txt': 'pw\n',
    'redis.conf': 'appendonly yes\n',
    'compose.yaml':
      svc(
        'image: redis:7.2\nenvironment:\n  OCT: 0440\n  DEC: 0089\nsecrets:\n  - redis_pw\n  - source: other\n    target: /run/x\n    mode: 0440\nconfigs: [conf]',
      ) +
      'secrets:\n  redis_pw:\n    file: ./pw.txt\n  other:\n    environment: PW\n  unused:\n    external: true\nconfigs:\n  conf:\n    file: ./redis.conf\n',
  },
  env: { PW: 'x' },
});

// Projects Compose refuses: the loader must say so at the right place and go on.
add({
  name: 'refused-cmd-list-nonstring',
  files: { 'compose.yaml': svc('image: redis:7.2\ncommand: ["redis-server", 6379]') },
  refused: /command\.1 must be a string/,
});
for (const [key, value] of [
  ['image', '7'],
  ['hostname', '5'],
  ['restart', 'true'],
  ['user', '999'],
]) {
  add({
    name: `refused-${key}-not-string`,
    files: {
      'compose.yaml': svc(
        key === 'image' ? `image: ${value}` : `image: redis:7.2\n${key}: ${value}`,
      ),
    },
    refused: new RegExp(`${key} must be a string`),
  });
}
add({
  name: 'refused-depends-on-condition-typo',
  files: {
    'compose.yaml':
      svc('image: redis:7.2') +
      '  app:\n    image: app\n    depends_on:\n      redis:\n        conditon: service_healthy\n',
  },
  refused: /depends_on\.redis: condition is required/,
});
add({
  name: 'refused-depends-on-unknown-key',
  files: {
    'compose.yaml':
      svc('image: redis:7.2') +
      '  app:\n    image: app\n    depends_on:\n      redis:\n        condition: service_started\n        restrat: true\n',
  },
  refused:
    /depends_on\.redis: additional property "restrat" is not allowed \(did you mean "restart"\?\)/,
});
add({
  name: 'refused-service-network-typo',
  files: {
    'compose.yaml':
      svc('image: redis:7.2\nnetworks:\n  back:\n    aliasez: [cache]') + 'networks:\n  back: {}\n',
  },
  refused:
    /networks\.back: additional property "aliasez" is not allowed \(did you mean "aliases"\?\)/,
});
add({
  name: 'refused-logging-typo',
  files: { 'compose.yaml': svc('image: redis:7.2\nlogging:\n  optoins: {}') },
  refused: /logging: additional property "optoins" is not allowed/,
});
add({
  name: 'refused-volume-without-target',
  files: {
    'compose.yaml':
      svc('image: redis:7.2\nvolumes:\n  - type: volume\n    source: data') + 'volumes:\n  data:\n',
  },
  refused: /volume is missing its mount target/,
});
add({
  name: 'refused-name-invalid',
  files: { 'compose.yaml': svc('image: redis:7.2') },
  env: { COMPOSE_PROJECT_NAME: 'FromEnv' },
  refused: /invalid project name "FromEnv"/,
});
add({
  name: 'refused-mem-distinct',
  files: {
    'compose.yaml': svc(
      'image: redis:7.2\nmem_limit: 512m\ndeploy:\n  resources:\n    limits:\n      memory: 256m',
    ),
  },
  refused: /distinct values on 'mem_limit'/,
});
add({
  name: 'refused-unknown-key',
  files: { 'compose.yaml': svc('image: redis:7.2\nenvironnement:\n  A: 1') },
  refused: /additional property "environnement".*did you mean "environment"/,
});
add({
  name: 'refused-no-image',
  files: { 'compose.yaml': svc('ports: ["6379:6379"]') },
  refused: /neither an image nor a build/,
});
add({
  name: 'refused-empty-image',
  files: { 'compose.yaml': svc('image: "${IMG}"') },
  refused: /neither an image nor a build/,
});
add({
  name: 'refused-undeclared-volume',
  files: { 'compose.yaml': svc('image: redis:7.2\nvolumes: [data:/data]') },
  refused: /undefined volume "data"/,
});
add({
  name: 'refused-undeclared-network',
  files: { 'compose.yaml': svc('image: redis:7.2\nnetworks: [back]') },
  refused: /undefined network "back"/,
});
add({
  name: 'refused-missing-env-file',
  files: { 'compose.yaml': svc('image: redis:7.2\nenv_file: nope.env') },
  refused: /env file .*nope\.env not found/,
});
add({
  name: 'refused-required-var',
  files: {
    'compose.yaml': svc('image: redis:7.2\ncommand: redis-server --requirepass ${PW:?set PW}'),
  },
  refused: /required variable PW is missing a value: set PW/,
});
add({
  name: 'refused-bad-template',
  files: { 'compose.yaml': svc('image: redis:7.2\nenvironment:\n  A: "${1}"') },
  refused: /invalid interpolation format/,
});
add({
  name: 'refused-bad-command',
  files: { 'compose.yaml': svc('image: redis:7.2\ncommand: redis-server "unterminated') },
  refused: /invalid command line string/,
});
add({
  name: 'refused-bad-port',
  files: { 'compose.yaml': svc('image: redis:7.2\nports: ["abc:6379"]') },
  refused: /invalid port/,
});
add({
  name: 'refused-undefined-dependency',
  files: { 'compose.yaml': svc('image: redis:7.2\ndepends_on: [ghost]') },
  refused: /undefined service "ghost"/,
});
add({
  name: 'refused-include-conflict',
  files: {
    'inc.yml': 'services:\n  redis:\n    image: redis:7.0\n',
    'compose.yaml': 'include: [inc.yml]\nservices:\n  redis:\n    image: redis:7.2\n',
  },
  refused:
    /services\.redis conflicts with the one imported from .*inc\.yml: Compose 2\.26 refuses this/,
});
add({
  name: 'include-same-definition',
  files: {
    'inc.yml': 'services:\n  redis:\n    image: redis:7.2\nvolumes:\n  data:\n',
    'compose.yaml':
      'include: [inc.yml]\nservices:\n  redis:\n    image: redis:7.2\nvolumes:\n  data:\n',
  },
});
add({
  name: 'refused-include-volume-conflict',
  files: {
    'inc.yml': 'services:\n  redis:\n    image: redis:7.2\nvolumes:\n  data:\n',
    'compose.yaml': 'include: [inc.yml]\nvolumes:\n  data:\n    name: other\n',
  },
  refused: /volumes\.data conflicts with the one imported/,
});
add({
  name: 'refused-empty-volumes',
  files: {
    'compose.yaml': svc('image: redis:7.2\nvolumes:\n  # - ./data:/data\ncommand:\ndeploy:'),
  },
  refused: /services\.redis\.volumes is empty \(null\), which Compose refuses/,
});
add({
  name: 'refused-depends-on-inactive',
  files: {
    'compose.yaml':
      'services:\n  app:\n    image: app\n    depends_on: [redis]\n  redis:\n    image: redis:7.2\n    profiles: [cache]\n',
  },
  refused: /depends on undefined service "redis" \(it is outside the active profiles/,
});
add({
  name: 'refused-extends-across-files',
  files: {
    'compose.yaml': 'services:\n  base:\n    image: redis:7.0\n',
    'compose.override.yaml': 'services:\n  redis:\n    extends: base\n',
  },
  composeFiles: [],
  refused: /extends service "base".*does not exist/,
});
add({
  name: 'refused-port-typo',
  files: {
    'compose.yaml': svc('image: redis:7.2\nports:\n  - target: 6379\n    hostip: 127.0.0.1'),
  },
  refused: /ports: additional property "hostip".*did you mean "host_ip"/,
});
add({
  name: 'refused-health-test-head',
  files: { 'compose.yaml': svc('image: redis:7.2\nhealthcheck:\n  test: ["redis-cli", "ping"]') },
  refused: /healthcheck\.test must start with "CMD"/,
});
add({
  name: 'refused-health-number-interval',
  files: {
    'compose.yaml': svc('image: redis:7.2\nhealthcheck:\n  test: ["CMD", "true"]\n  interval: 10'),
  },
  refused: /healthcheck\.interval: "10" is not a duration/,
});
add({
  name: 'refused-depends-condition',
  files: {
    'compose.yaml':
      svc('image: redis:7.2\ndepends_on:\n  app:\n    condition: service_ready') +
      '  app:\n    image: app\n',
  },
  refused: /condition must be one of/,
});
add({
  name: 'refused-port-range',
  files: { 'compose.yaml': svc('image: redis:7.2\nports: ["70000:6379"]') },
  refused: /invalid port "70000:6379"/,
});
add({
  name: 'refused-undeclared-secret',
  files: { 'compose.yaml': svc('image: redis:7.2\nsecrets: [redis_pw]') },
  refused: /undefined secret "redis_pw"/,
});
add({
  name: 'refused-extends-missing',
  files: { 'compose.yaml': svc('image: redis:7.2\nextends: ghost') },
  refused: /extends service "ghost".*does not exist/,
});

// Issue 14 class 6: normalised as Compose normalises.
add({
  name: 'norm-volume-target-trailing-slash',
  files: {
    'compose.yaml':
      svc(
        [
          'image: redis:7.2',
          'volumes:',
          '  - redis-vol:/data/',
          '  - ./conf/:/usr/local/etc/redis/',
          '  - /abs/dir/:/abs/./x/',
          '  - /anonymous/',
          '  - type: volume',
          '    source: redis-vol',
          '    target: /long/',
          '  - type: bind',
          '    source: ./long-bind/',
          '    target: /long-bind//sub/',
        ].join('\n'),
      ) + 'volumes:\n  redis-vol:\n',
  },
});
add({
  name: 'norm-selinux-on-named-volume',
  files: {
    'compose.yaml':
      svc(
        'image: redis:7.2\nvolumes:\n  - data:/data:Z\n  - data:/z:z,ro\n  - data:/n:Z,nocopy\n  - ./conf:/conf:Z',
      ) + 'volumes:\n  data:\n',
  },
});
add({
  name: 'norm-empty-ipv4-address',
  files: {
    'compose.yaml':
      svc(
        'image: redis:7.2\nnetworks:\n  backend:\n    ipv4_address: ""\n    ipv6_address: ""\n    aliases: []\n  front:\n    ipv4_address: 172.28.0.5\n    aliases: [cache]',
      ) +
      'networks:\n  backend:\n  front:\n    ipam:\n      config:\n        - subnet: 172.28.0.0/16\n',
  },
});
for (const [name, top, env] of [
  ['dir', '', {}],
  ['top-level', 'name: My_Proj\n', {}],
  [
    'top-level-interpolated',
    'name: ${STACK:-stack}-${COMPOSE_PROJECT_NAME:-x}\n',
    { STACK: 'shop' },
  ],
  ['env', 'name: ignored\n', { COMPOSE_PROJECT_NAME: 'from-env' }],
] as const) {
  add({
    name: `norm-compose-project-name-${name}`,
    files: {
      'compose.yaml':
        top +
        svc(
          'image: redis:7.2\nenvironment:\n  PROJECT: ${COMPOSE_PROJECT_NAME}\n  WITH_DEFAULT: ${COMPOSE_PROJECT_NAME:-unset}\nvolumes:\n  - ./${COMPOSE_PROJECT_NAME}-data:/data',
        ),
    },
    env: { ...env },
  });
}
add({
  name: 'norm-compose-project-name-dotenv',
  files: {
    '.env': 'COMPOSE_PROJECT_NAME=from-dotenv\n',
    'compose.yaml': svc('image: redis:7.2\nenvironment:\n  PROJECT: ${COMPOSE_PROJECT_NAME}'),
  },
});

// Network flags Compose casts to booleans: false internal/attachable not printed, enable_ipv6 always.
add({
  name: 'norm-network-flags',
  files: {
    'compose.yaml':
      svc('image: redis:7.2\nnetworks: [n1, n2, n3]') +
      [
        'networks:',
        '  n1:',
        '    internal: false',
        '    enable_ipv6: "${V6:-true}"',
        '    attachable: "false"',
        '  n2:',
        '    internal: "${INTERNAL:-yes}"',
        '    enable_ipv6: false',
        '    attachable: "On"',
        '  n3:',
        '    enable_ipv6: ${V6_OFF:-off}',
        '',
      ].join('\n'),
  },
});
add({
  name: 'norm-network-flag-not-boolean',
  files: {
    'compose.yaml':
      svc('image: redis:7.2\nnetworks: [n1]') + 'networks:\n  n1:\n    internal: "maybe"\n',
  },
  refused: /networks\.n1\.internal: "maybe" is not a boolean/,
});

// Numbers Compose casts from strings (variables, quotes), zero left out where Compose omits it.
add({
  name: 'norm-number-casts',
  files: {
    'compose.yaml': [
      'services:',
      '  redis:',
      '    image: redis:7.2',
      '    cpus: "${CPUS:-0.5}"',
      '    cpu_count: "2"',
      '    cpu_percent: "${P:-50}"',
      '    cpu_shares: "${S:-512}"',
      '    cpu_period: "100000"',
      '    cpu_quota: "${Q:-50000}"',
      '    pids_limit: "${PIDS:-100}"',
      '    oom_score_adj: "-500"',
      '    scale: "${SCALE:-1}"',
      '    ulimits:',
      '      nproc: "${NPROC:-65535}"',
      '      nofile:',
      '        soft: "${SOFT:-20000}"',
      '        hard: "40000"',
      '    deploy:',
      '      replicas: ${R:-1}',
      '      update_config:',
      '        parallelism: "2"',
      '        max_failure_ratio: "0.3"',
      '      rollback_config:',
      '        parallelism: "${PAR:-1}"',
      '        max_failure_ratio: "${MFR:-0}"',
      '      restart_policy:',
      '        max_attempts: "3"',
      '      placement:',
      '        max_replicas_per_node: "${MAXR:-2}"',
      '    secrets:',
      '      - source: s',
      '        mode: "0440"',
      '    configs:',
      '      - source: c',
      '        mode: "${MODE:-292}"',
      'secrets:',
      '  s:',
      '    file: ./s.txt',
      'configs:',
      '  c:',
      '    file: ./c.txt',
      '',
    ].join('\n'),
    's.txt': '',
    'c.txt': '',
  },
});
add({
  name: 'norm-number-not-a-number',
  files: { 'compose.yaml': svc('image: redis:7.2\ndeploy:\n  replicas: "${REPLICAS:-one}"') },
  refused: /deploy\.replicas: "one" is not an integer/,
});

// Services named by links, `service:` namespaces and volumes_from: Compose adds them to depends_on.
add({
  name: 'norm-implicit-depends-on',
  files: {
    'compose.yaml': [
      'services:',
      '  app:',
      '    image: app:1',
      '    network_mode: "service:vpn"',
      '    ipc: "service:shm"',
      '    volumes_from: [data, "container:outside", "conf:ro"]',
      '    links: [redis, "cache:alias", vpn]',
      '    depends_on:',
      '      shm:',
      '        condition: service_healthy',
      ...['vpn', 'shm', 'data', 'conf', 'redis', 'cache'].map((n) => `  ${n}: {image: redis:7.2}`),
      '',
    ].join('\n'),
  },
});
add({
  name: 'norm-link-to-undefined-service',
  files: { 'compose.yaml': svc('image: app:1\nlinks: [nope]', 'app') },
  refused: /depends on undefined service "nope"/,
});

// devices: the short syntax in the long form Compose prints; a later file replaces a device by target.
add({
  name: 'norm-devices',
  files: {
    'compose.yaml': svc(
      [
        'image: redis:7.2',
        'devices:',
        '  - /dev/net/tun:/dev/net/tun',
        '  - /dev/fuse',
        '  - /dev/sda:/dev/xvda:r',
        '  - "/dev/sdb::rw"',
        '  - source: /dev/sdc',
        '    target: /dev/c',
        '    permissions: r',
      ].join('\n'),
    ),
    'override.yaml': svc('devices:\n  - /dev/sdd:/dev/xvda:rw\n  - /dev/fuse'),
  },
  composeFiles: ['compose.yaml', 'override.yaml'],
});
add({
  name: 'norm-device-confusing',
  files: { 'compose.yaml': svc('image: redis:7.2\ndevices: ["/a:/b:rw:x"]') },
  refused: /confusing device mapping/,
});

export const generatedCases: readonly DiffCase[] = cases;
