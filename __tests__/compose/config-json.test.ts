import { describe, expect, it } from 'vitest';
import { loadProject, toComposeConfigJson } from '../../src/compose/index.js';
import { writeProject } from './helpers.js';

describe('toComposeConfigJson', () => {
  it('prints what compose prints: null command/entrypoint, $$, used resources only, default network', async () => {
    const dir = writeProject(
      {
        'compose.yaml': [
          'services:',
          '  redis:',
          '    image: redis:7.2',
          '    environment: {P: "$$HOME"}',
          '    volumes: [data:/data]',
          'volumes:',
          '  data:',
          '  unused:',
          'networks:',
          '  idle:',
          '',
        ].join('\n'),
      },
      'demo',
    );
    const project = await loadProject({ files: [], cwd: dir, env: {} });
    expect(project.model.services.redis.environment).toEqual({ P: '$HOME' });
    expect(project.model.volumes).toHaveProperty('unused');
    expect(toComposeConfigJson(project)).toEqual({
      name: 'demo',
      networks: { default: { name: 'demo_default', ipam: {} } },
      services: {
        redis: {
          command: null,
          entrypoint: null,
          image: 'redis:7.2',
          environment: { P: '$$HOME' },
          networks: { default: null },
          volumes: [{ type: 'volume', source: 'data', target: '/data', volume: {} }],
        },
      },
      volumes: { data: { name: 'demo_data' } },
    });
  });
});
