import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';

// ajv-formats is CommonJS whose export is the plugin function; its typings
// assume a default-import interop that NodeNext does not apply.
const addFormats = createRequire(import.meta.url)('ajv-formats') as (ajv: Ajv2020) => Ajv2020;

const repo = path.resolve(import.meta.dirname, '../..');

function compile(file: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(fs.readFileSync(file, 'utf8')));
}

export const validateReport = compile(path.join(repo, 'docs/report.schema.json'));
export const validateSarif = compile(path.join(import.meta.dirname, 'sarif-upload.schema.json'));

export function errorsOf(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('\n');
}
