import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';

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
const validateSarifUpload = compile(path.join(import.meta.dirname, 'sarif-upload.schema.json'));

// The official OASIS SARIF 2.1.0 schema (draft-04), as shipped by Microsoft's
// @microsoft/jest-sarif package: read from node_modules, not copied here.
const validateSarifSpec = (() => {
  const require = createRequire(import.meta.url);
  const schemaFile = path.join(
    path.dirname(require.resolve('@microsoft/jest-sarif/package.json')),
    'lib/schemas/sarif-2.1.0-rtm.5.json',
  );
  // CommonJS module whose typings assume default-import interop (as ajv-formats).
  const AjvDraft04 = require('ajv-draft-04') as typeof Ajv2020;
  // The schema's language pattern is not valid with the u flag ajv uses by default.
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv as unknown as Ajv2020);
  return ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
})();

/**
 * A SARIF log must be valid against the SARIF 2.1.0 schema and against the
 * stricter subset GitHub's upload-sarif reads (sarif-upload.schema.json).
 */
export const validateSarif = Object.assign(
  (log: unknown): boolean => {
    const spec = validateSarifSpec(log);
    const upload = validateSarifUpload(log);
    validateSarif.errors = [
      ...(validateSarifSpec.errors ?? []).map((e: ErrorObject) => ({
        ...e,
        message: `(SARIF 2.1.0) ${e.message}`,
      })),
      ...(validateSarifUpload.errors ?? []).map((e) => ({
        ...e,
        message: `(upload-sarif) ${e.message}`,
      })),
    ];
    return spec && upload;
  },
  { errors: null as ValidateFunction['errors'] },
);

export function errorsOf(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('\n');
}
