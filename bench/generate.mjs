// Generates compose projects of a given size for the benchmarks: one Redis
// service and N-1 application services that use it, ~11 lines per service.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function generateLargeProject(dir, services = 2000) {
  mkdirSync(dir, { recursive: true });
  const text = largeComposeText(services);
  const file = join(dir, 'compose.yaml');
  writeFileSync(file, text);
  return { file, lines: text.split('\n').length };
}

/** The compose file of `generateLargeProject`, ~11 lines per service. */
export function largeComposeText(services) {
  const lines = [
    'services:',
    '  redis:',
    '    image: redis:7.4.2-alpine',
    '    command: ["redis-server", "--appendonly", "yes", "--requirepass", "${REDIS_PASSWORD:?set it}"]',
    '    volumes: ["redis_data:/data"]',
    '    healthcheck:',
    '      test: ["CMD-SHELL", "redis-cli -e --no-auth-warning -a \\"$$REDIS_PASSWORD\\" ping | grep -q PONG"]',
    '      interval: 5s',
  ];
  for (let i = 1; i < services; i++) {
    lines.push(
      `  app${i}:`,
      `    image: example/app:1.${i % 50}.0`,
      `    command: worker --queue q${i} --concurrency 4`,
      '    environment:',
      `      CELERY_BROKER_URL: redis://:\${REDIS_PASSWORD:?set it}@redis:6379/0`,
      `      APP_NAME: app-${i}`,
      '    depends_on:',
      '      redis:',
      '        condition: service_healthy',
      '    ports:',
      `      - "127.0.0.1:${10000 + i}:8000"`,
    );
  }
  lines.push('volumes:', '  redis_data:', '');
  return lines.join('\n');
}

/**
 * `servers` Redis servers, each with its own consumer and volume (18 lines a
 * pair): the "many servers" case of issue 16, about 36,000 lines
 * for 2,000 of each.
 */
export function generateServersProject(dir, servers = 2000) {
  mkdirSync(dir, { recursive: true });
  const lines = ['services:'];
  for (let i = 0; i < servers; i++) {
    lines.push(
      `  redis${i}:`,
      '    image: redis:7.4.2-alpine',
      `    command: ["redis-server", "--appendonly", "yes", "--requirepass", "\${REDIS_PASSWORD:?set it}"]`,
      `    volumes: ["redis${i}_data:/data"]`,
      '    healthcheck:',
      '      test: ["CMD-SHELL", "redis-cli -e ping | grep -q PONG"]',
      '      interval: 5s',
      '    environment:',
      '      REDISCLI_AUTH: ${REDIS_PASSWORD:?set it}',
      `  app${i}:`,
      `    image: example/app:1.${i % 50}.0`,
      '    environment:',
      `      REDIS_URL: redis://:\${REDIS_PASSWORD:?set it}@redis${i}:6379/0`,
      `      APP_NAME: app-${i}`,
      '    depends_on:',
      `      redis${i}:`,
      '        condition: service_healthy',
    );
  }
  lines.push('volumes:');
  for (let i = 0; i < servers; i++) lines.push(`  redis${i}_data:`);
  lines.push('');
  const text = lines.join('\n');
  const file = join(dir, 'compose.yaml');
  writeFileSync(file, text);
  return { file, lines: lines.length - 1 };
}

export function generateSmallProject(dir) {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'compose.yaml');
  writeFileSync(
    file,
    [
      'services:',
      '  app:',
      '    image: example/app:1.0.0',
      '    environment:',
      '      CELERY_BROKER_URL: redis://:${REDIS_PASSWORD:?set it}@redis:6379/0',
      '    depends_on:',
      '      redis:',
      '        condition: service_healthy',
      '  redis:',
      '    image: redis:7.4.2-alpine',
      '    command: ["redis-server", "--appendonly", "yes", "--requirepass", "${REDIS_PASSWORD:?set it}"]',
      '    volumes: ["redis_data:/data"]',
      '    healthcheck:',
      '      test: ["CMD-SHELL", "redis-cli -e ping | grep -q PONG"]',
      '      interval: 5s',
      '    environment:',
      '      REDISCLI_AUTH: ${REDIS_PASSWORD:?set it}',
      'volumes:',
      '  redis_data:',
      '',
    ].join('\n'),
  );
  return { file, lines: 20 };
}

/**
 * An include chain: compose.yaml -> part-1.yaml -> ... -> part-(files-1).yaml (each file
 * includes the next and adds one service, the last one adds Redis); returns
 * the root file.
 */
export function generateIncludeChain(dir, files) {
  const name = (i) => (i === 0 ? 'compose.yaml' : `part-${i}.yaml`);
  for (let i = 0; i < files; i++) {
    const last = i === files - 1;
    const lines = [];
    if (!last) lines.push('include:', `  - ${name(i + 1)}`);
    lines.push('services:');
    if (last) {
      lines.push(
        '  redis:',
        '    image: redis:7.4.2-alpine',
        '    command: ["redis-server", "--appendonly", "yes", "--requirepass", "${REDIS_PASSWORD:?set it}"]',
        '    volumes: ["redis_data:/data"]',
        'volumes:',
        '  redis_data:',
      );
    } else {
      lines.push(
        `  app${i}:`,
        '    image: example/app:1.0.0',
        '    environment:',
        '      REDIS_URL: redis://:${REDIS_PASSWORD:?set it}@redis:6379/0',
      );
    }
    writeFileSync(join(dir, name(i)), lines.join('\n') + '\n');
  }
  return join(dir, name(0));
}
