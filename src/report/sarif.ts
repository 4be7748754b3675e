import { createHash } from 'node:crypto';
import type { Position } from '../compose/types.js';
import type { Finding, Severity } from '../findings.js';
import { maskedJsonText } from './mask-deep.js';
import { displayPath } from './paths.js';
import { TOOL_URI } from './tool.js';
import type { CheckReport, RuleRun, WriteOptions } from './types.js';

const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';
const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', notice: 'note' };

/** Fingerprint key for our own partialFingerprints (versioned so a change of recipe is visible). */
export const FINGERPRINT_KEY = 'redisReadinessFinding/v1';

/**
 * SARIF 2.1.0, in the shape GitHub code scanning (upload-sarif) reads:
 * one run, the rules with descriptions and help links, results with
 * repository-relative URIs, 1-based regions, partialFingerprints and fixes.
 */
export function toSarifLog(report: CheckReport, options: WriteOptions) {
  const uri = (file: string) => displayPath(file, options.baseDir);
  const rules = sarifRules(report);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = report.findings.map((f) => {
    const index = ruleIndex.get(f.rule);
    return {
      ruleId: f.rule,
      ...(index !== undefined ? { ruleIndex: index } : {}),
      level: LEVEL[f.severity],
      message: { text: f.service ? `${f.service}: ${f.message}` : f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uri(f.pos.file) },
            region: region(f.pos),
          },
        },
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(f, uri(f.pos.file)) },
      ...(f.service ? { properties: { service: f.service } } : {}),
      ...(f.fix
        ? {
            fixes: [
              {
                description: { text: f.fix.description },
                artifactChanges: [
                  {
                    artifactLocation: { uri: uri(f.fix.pos.file) },
                    replacements: [
                      {
                        deletedRegion: region(f.fix.pos),
                        insertedContent: { text: f.fix.replacement },
                      },
                    ],
                  },
                ],
              },
            ],
          }
        : {}),
    };
  });
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0' as const,
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: TOOL_URI,
            rules,
          },
        },
        columnKind: 'utf16CodeUnits' as const,
        results,
      },
    ],
  };
}

/** Every rule that ran, plus any that a finding names but the run did not list. */
function sarifRules(report: CheckReport) {
  const known = new Map<string, RuleRun>(report.rules.map((r) => [r.id, r]));
  for (const f of report.findings) {
    if (!known.has(f.rule)) {
      known.set(f.rule, { id: f.rule, severity: f.severity, summary: f.rule, docsUrl: '' });
    }
  }
  return [...known.values()].map((r) => {
    const level: SarifLevel = r.severity === 'off' ? 'none' : LEVEL[r.severity];
    const summary = /[.!?]$/.test(r.summary) ? r.summary : `${r.summary}.`;
    const article = r.severity === 'error' ? 'an' : 'a';
    const docs = r.docsUrl ? ` What it means and how to fix it: ${r.docsUrl}` : '';
    const full =
      r.severity === 'off'
        ? `${summary} Turned off for this run.`
        : `${summary} Reported as ${article} ${r.severity}.${docs}`;
    return {
      id: r.id,
      name: pascalCase(r.id),
      shortDescription: { text: r.summary },
      fullDescription: { text: full },
      ...(r.docsUrl
        ? {
            helpUri: r.docsUrl,
            help: { text: `See ${r.docsUrl}`, markdown: `[${r.id}](${r.docsUrl})` },
          }
        : {}),
      defaultConfiguration: { level, enabled: r.severity !== 'off' },
      properties: { tags: ['redis', 'docker-compose'] },
    };
  });
}

function region(pos: Position) {
  return {
    startLine: Math.max(1, pos.line),
    startColumn: Math.max(1, pos.column),
    ...(pos.endLine !== undefined ? { endLine: Math.max(pos.line, pos.endLine) } : {}),
    ...(pos.endColumn !== undefined &&
    (pos.endLine === undefined || pos.endLine > pos.line || pos.endColumn >= pos.column)
      ? { endColumn: Math.max(1, pos.endColumn) }
      : {}),
  };
}

/**
 * Stable across edits that move lines: the rule, the file, the service and
 * the message (without digits that could be line numbers) identify an alert.
 */
function fingerprint(f: Finding, file: string): string {
  const text = [f.rule, file, f.service ?? '', f.message.replace(/\d+/g, '#')].join('\u0000');
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

function pascalCase(id: string): string {
  return id
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** The SARIF log as text, with every string value masked. */
export function formatSarif(report: CheckReport, options: WriteOptions): string {
  return maskedJsonText(toSarifLog(report, options), options.mask) + '\n';
}
