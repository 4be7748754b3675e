import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverFiles, filesFromEnv } from '../../src/compose/discover.js';
import { normalizeProjectName, projectName } from '../../src/compose/project.js';
import { activeProfiles } from '../../src/compose/profiles.js';
import type { ComposeIssue } from '../../src/compose/types.js';
import { writeProject } from './helpers.js';

describe('discoverFiles', () => {
  it('takes the first default name in compose order, and the first override', () => {
    const dir = writeProject({
      'docker-compose.yaml': '',
      'docker-compose.yml': '',
      'docker-compose.override.yaml': '',
      'compose.override.yaml': '',
    });
    expect(discoverFiles(dir)).toEqual([
      path.join(dir, 'docker-compose.yml'),
      path.join(dir, 'compose.override.yaml'),
    ]);
  });

  it('looks in parent directories', () => {
    const dir = writeProject({ 'compose.yml': '', 'a/b/keep': '' });
    expect(discoverFiles(path.join(dir, 'a/b'))).toEqual([path.join(dir, 'compose.yml')]);
  });

  it('splits COMPOSE_FILE on COMPOSE_PATH_SEPARATOR', () => {
    expect(filesFromEnv({ COMPOSE_FILE: 'a.yml:b.yml' })).toEqual(['a.yml', 'b.yml']);
    expect(filesFromEnv({ COMPOSE_FILE: 'a.yml;b.yml', COMPOSE_PATH_SEPARATOR: ';' })).toEqual([
      'a.yml',
      'b.yml',
    ]);
    expect(filesFromEnv({})).toEqual([]);
  });
});

describe('project name and profiles', () => {
  it('normalises the directory name as Compose does', () => {
    expect(normalizeProjectName('Proj.Name_X')).toBe('projname_x');
    expect(normalizeProjectName('-_My App')).toBe('myapp');
  });

  it('prefers COMPOSE_PROJECT_NAME, then name:, and refuses only an invalid COMPOSE_PROJECT_NAME', () => {
    const issues: ComposeIssue[] = [];
    const pos = { file: '/p/c.yaml', line: 1, column: 7 };
    expect(
      projectName({ COMPOSE_PROJECT_NAME: 'env-name' }, { name: 'top', pos }, '/x/Dir', issues),
    ).toBe('env-name');
    expect(projectName({}, { name: 'top', pos }, '/x/Dir', issues)).toBe('top');
    expect(projectName({}, { name: 'My_App', pos }, '/x/Dir', issues)).toBe('my_app');
    expect(projectName({}, undefined, '/x/My.Dir', issues)).toBe('mydir');
    expect(issues).toEqual([]);
    expect(projectName({ COMPOSE_PROJECT_NAME: 'FromEnv' }, undefined, '/x/Dir', issues)).toBe(
      'fromenv',
    );
    expect(issues[0]).toMatchObject({ kind: 'compose-invalid' });
    expect(issues[0].message).toMatch(/COMPOSE_PROJECT_NAME/);
  });

  it('takes --profile over COMPOSE_PROFILES, which splits on commas', () => {
    expect(activeProfiles(['a'], { COMPOSE_PROFILES: 'b' })).toEqual(['a']);
    expect(activeProfiles([], { COMPOSE_PROFILES: 'b,c' })).toEqual(['b', 'c']);
    expect(activeProfiles(undefined, {})).toEqual(['']);
  });
});
