import { describe, expect, it } from 'vitest';
import { loadProject, toComposeConfigJson } from '../../src/compose/index.js';
import { writeProject } from './helpers.js';

// Values of the wrong type everywhere the loader looks: it must report, never crash.
const BODIES = [
  'services: [a, b]',
  'services: {redis: "just a string"}',
  'services: {redis: 5}',
  'services:\n  redis:\n    image: [a]\n    command: {a: 1}\n    entrypoint: 5',
  'services:\n  redis:\n    image: redis\n    environment: 5\n    env_file: 5\n    labels: 7',
  'services:\n  redis:\n    image: redis\n    ports: [[1], {}, {target: x}, null]\n    expose: 6379',
  'services:\n  redis:\n    image: redis\n    volumes: [{}, [], null, 5, "a:b:c:d"]',
  'services:\n  redis:\n    image: redis\n    healthcheck: {test: 5, interval: [1], retries: x, disable: maybe}',
  'services:\n  redis:\n    image: redis\n    depends_on: 5\n    networks: {a: 5, b: [x]}',
  'services:\n  redis:\n    image: redis\n    build: 5\n    deploy: {resources: 5}\n    mem_limit: [1]',
  'services:\n  redis:\n    image: redis\n    extends: {file: 5}\n  b:\n    extends: [x]',
  'services:\n  redis:\n    image: redis\n    profiles: x\n    stop_grace_period: forever',
  'name: [a]\nservices: {}\nvolumes: [x]\nnetworks: 5',
  'include: 5\nservices: {}',
  'include: [{path: 5}, {}]\nservices: {}',
  'services:\n  redis:\n    image: redis\nvolumes:\n  data: 5\n  other: {external: maybe}',
  'services: null\nx-anything: ${UNSET:?boom}',
];

describe('malformed values', () => {
  it.each(BODIES.map((b, i) => [i, b]))(
    'case %i loads with issues instead of crashing',
    async (_i, body) => {
      const dir = writeProject({ 'compose.yaml': body as string });
      const project = await loadProject({ files: [], cwd: dir, env: {} });
      expect(() => toComposeConfigJson(project)).not.toThrow();
      expect(project.issues.length).toBeGreaterThan(0);
      for (const issue of project.issues) {
        expect(issue.pos.file).toMatch(/compose\.yaml$|proj$/);
        expect(issue.pos.line).toBeGreaterThan(0);
      }
    },
  );
});
