import * as core from '@actions/core';
import type { Finding } from '../findings.js';
import { ANNOTATIONS_SHOWN_PER_KIND, hiddenAnnotationCounts } from './github.js';
import { docsLinkFor } from './docs-link.js';
import { defuseLine, htmlText, markdownCode, markdownText, quoteText } from './escape.js';
import { plural } from './order.js';
import { displayPath } from './paths.js';
import type { CheckReport, WriteOptions } from './types.js';

const ICON = { error: '🔴', warning: '🟡', notice: '🔵' } as const;
const STATUS_ICON = { pass: '✅', fail: '❌', skip: '⏭️' } as const;
const PROJECT_WIDE = '(project)';

/**
 * The job summary as Markdown: verdict, findings grouped by service, probes
 * with timings (and the container log tail when one failed), rules run.
 */
export function summaryMarkdown(report: CheckReport, options: WriteOptions): string {
  const out: string[] = [];
  const rel = (file: string) => displayPath(file, options.baseDir);
  const verdict = report.result === 'pass' ? '✅ pass' : '❌ fail';
  out.push(`## redis-readiness: ${verdict}`, '');
  const c = report.counts;
  out.push(
    `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.notice, 'notice')}` +
      (c.suppressed ? `, ${c.suppressed} suppressed` : '') +
      ` · fail-on: \`${report.failOn}\` · strictness: \`${report.profile}\` · ` +
      `files: ${report.project.files.map((f) => markdownCode(rel(f))).join(', ') || 'none'}`,
    '',
  );

  const hidden = hiddenAnnotationCounts(report);
  const hiddenParts = (['error', 'warning', 'notice'] as const)
    .filter((k) => hidden[k] > 0)
    .map((k) => plural(hidden[k], k));
  if (hiddenParts.length > 0) {
    out.push(
      `> [!NOTE]\n> GitHub shows ${ANNOTATIONS_SHOWN_PER_KIND} annotations of each kind per step: ` +
        `${hiddenParts.join(', ')} more are not annotated on the files. Every finding is in the tables below and in the JSON report.`,
      '',
    );
  }

  if (report.services.length > 0) {
    out.push(
      '### Redis services',
      '',
      '| Service | Image | Role | Consumers |',
      '|---|---|---|---|',
    );
    for (const s of report.services) {
      out.push(
        `| ${cell(s.name)}${s.active ? '' : ' (inactive profile)'} | ${s.image ? markdownCode(s.image) : s.family} | ${s.roles.join(', ') || 'unknown'} | ${cell(s.consumers.join(', ')) || '—'} |`,
      );
    }
    out.push('');
  }

  out.push('### Findings', '');
  if (report.findings.length === 0) out.push('No findings.', '');
  for (const [service, findings] of groupByService(report.findings)) {
    out.push(
      `#### ${service === PROJECT_WIDE ? service : cell(service)}`,
      '',
      '| | Rule | Where | Message |',
      '|---|---|---|---|',
    );
    for (const f of findings) {
      const where = `${rel(f.pos.file)}:${f.pos.line}:${f.pos.column}`;
      out.push(
        `| ${ICON[f.severity]} ${f.severity} | [\`${f.rule}\`](${docsLinkFor(report, f.rule)}) | ${markdownCode(where)} | ${cell(options.mask(f.message))} |`,
      );
    }
    out.push('');
  }

  if (report.probes.length > 0) {
    out.push(
      '### Probes',
      '',
      '| Probe | Service | Status | Time | Result |',
      '|---|---|---|---|---|',
    );
    for (const p of report.probes) {
      out.push(
        `| ${p.probe} | ${cell(p.service)} | ${STATUS_ICON[p.status]} ${p.status} | ${formatMs(p.durationMs)} | ${cell(options.mask(p.summary))} |`,
      );
    }
    out.push('');
    for (const p of report.probes.filter((x) => x.evidence.length > 0)) {
      out.push(
        `<details><summary>${p.probe} on ${html(p.service)}: evidence</summary>`,
        '',
        '```text',
      );
      out.push(...p.evidence.map((l) => fence(options.mask(l))), '```', '', '</details>', '');
    }
    for (const [service, lines] of Object.entries(report.probeLogs)) {
      if (lines.length === 0) continue;
      out.push(
        `<details><summary>${html(service)}: last ${lines.length} log lines</summary>`,
        '',
        '```text',
      );
      out.push(...lines.map((l) => fence(options.mask(l))), '```', '', '</details>', '');
    }
  }

  out.push(
    '<details><summary>Rules run</summary>',
    '',
    '| Rule | Severity | What it reports |',
    '|---|---|---|',
  );
  for (const r of report.rules) {
    out.push(`| [\`${r.id}\`](${r.docsUrl}) | ${r.severity} | ${cell(r.summary)} |`);
  }
  out.push('', '</details>', '');
  out.push(
    `<sub>${report.tool.name} ${report.tool.version} · ${formatMs(report.durationMs)}</sub>`,
    '',
  );
  // Free text is masked field by field above; identifiers never are.
  return out.join('\n');
}

function groupByService(findings: Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.service ?? PROJECT_WIDE;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  // Findings arrive most severe first, so each group is too, and groups come
  // in the order of their most severe finding.
  return groups;
}

/**
 * A value from the input inside Markdown (a table cell, a heading, a
 * paragraph): it renders as the text it is, never as a link, an image or
 * HTML (see escape.ts).
 */
function cell(s: string): string {
  return markdownText(s);
}

/** Text inside an HTML element (`<summary>`), where Markdown does not apply. */
function html(s: string): string {
  return htmlText(s);
}

/** A line inside a fenced block: one line (control characters quoted) that cannot close the fence. */
function fence(line: string): string {
  return defuseLine(quoteText(line).replace(/```/g, '`\u200b``'));
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

/** Appends the summary to the job's summary file (GITHUB_STEP_SUMMARY). */
export async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (error) {
    // The runner creates the file; outside a runner a missing or read-only
    // file must not hide the check's own verdict.
    core.warning(`could not write the job summary: ${(error as Error).message}`);
  }
}
