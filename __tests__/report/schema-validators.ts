import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ErrorObject } from 'ajv';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats =
  (addFormatsModule as unknown as { default: typeof addFormatsModule }).default ?? addFormatsModule;

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
