import type { Finding } from '../findings.js';
import { docsLinkFor } from './docs-link.js';
import { maskedJsonText } from './mask-deep.js';
import { displayPath } from './paths.js';
import type { CheckReport, WriteOptions } from './types.js';

/** Version of the JSON document's shape (docs/report.schema.json); bump on incompatible change. */
const REPORT_FORMAT_VERSION = 1;
const REPORT_SCHEMA_ID =
  'https://github.com/redis-readiness/redis-readiness/blob/main/docs/report.schema.json';

export interface JsonFinding {
  rule: string;
  severity: Finding['severity'];
  service?: string;
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  docs: string;
  fix?: {
    description: string;
    file: string;
    line: number;
    column: number;
    endLine?: number;
    endColumn?: number;
    replacement: string;
  };
}

/** The report as a plain JSON document, in the shape docs/report.schema.json describes. */
export function toJsonDocument(report: CheckReport, options: WriteOptions) {
  const rel = (file: string) => displayPath(file, options.baseDir);
  return {
    $schema: REPORT_SCHEMA_ID,
    version: REPORT_FORMAT_VERSION,
    tool: report.tool,
    result: report.result,
    failOn: report.failOn,
    profile: report.profile,
    project: {
      name: report.project.name,
      directory: rel(report.project.workingDir),
      files: report.project.files.map(rel),
    },
    counts: {
      errors: report.counts.error,
      warnings: report.counts.warning,
      notices: report.counts.notice,
      suppressed: report.counts.suppressed,
    },
    findings: report.findings.map((f): JsonFinding => {
      const out: JsonFinding = {
        rule: f.rule,
        severity: f.severity,
        ...(f.service !== undefined ? { service: f.service } : {}),
        file: rel(f.pos.file),
        line: f.pos.line,
        column: f.pos.column,
        ...(f.pos.endLine !== undefined ? { endLine: f.pos.endLine } : {}),
        ...(f.pos.endColumn !== undefined ? { endColumn: f.pos.endColumn } : {}),
        message: f.message,
        docs: docsLinkFor(report, f.rule),
      };
      if (f.fix) {
        out.fix = {
          description: f.fix.description,
          file: rel(f.fix.pos.file),
          line: f.fix.pos.line,
          column: f.fix.pos.column,
          ...(f.fix.pos.endLine !== undefined ? { endLine: f.fix.pos.endLine } : {}),
          ...(f.fix.pos.endColumn !== undefined ? { endColumn: f.fix.pos.endColumn } : {}),
          replacement: f.fix.replacement,
        };
      }
      return out;
    }),
    // Named fields only: the document keeps the schema's shape if ProbeResult grows.
    probes: report.probes.map((p) => ({
      probe: p.probe,
      service: p.service,
      status: p.status,
      summary: p.summary,
      durationMs: p.durationMs,
      evidence: [...p.evidence],
    })),
    probeLogs: report.probeLogs,
    rules: report.rules.map((r) => ({
      id: r.id,
      severity: r.severity,
      summary: r.summary,
      docs: r.docsUrl,
    })),
    services: report.services.map((s) => ({
      name: s.name,
      family: s.family,
      ...(s.image !== undefined ? { image: s.image } : {}),
      roles: s.roles,
      active: s.active,
      consumers: s.consumers,
    })),
    durationMs: Math.round(report.durationMs),
  };
}

/** The JSON report as text, masked. */
export function formatJson(report: CheckReport, options: WriteOptions): string {
  return maskedJsonText(toJsonDocument(report, options), options.mask) + '\n';
}
