import type { Finding, Severity } from '../findings.js';
import type { ProbeStatus } from '../probes/types.js';
import { defuseText, quoteText } from './escape.js';
import { compareByPlace, plural } from './order.js';
import { displayPath } from './paths.js';
import type { CheckReport, WriteOptions } from './types.js';

export interface TextOptions extends WriteOptions {
  /** ANSI colours; the CLI turns them on only when writing to a TTY. */
  color: boolean;
}

const SEVERITY_COLOR: Record<Severity, number> = { error: 31, warning: 33, notice: 36 };
const STATUS_COLOR: Record<ProbeStatus, number> = { pass: 32, fail: 31, skip: 90 };

/**
 * `file:line:column  severity  rule-id  message`, grouped by file (a blank
 * line between files), then the probes, then one line of counts.
 */
export function formatText(report: CheckReport, options: TextOptions): string {
  const paint = (code: number, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const dim = (s: string) => paint(2, s);
  const lines: string[] = [];

  const byFile = new Map<string, Finding[]>();
  for (const f of [...report.findings].sort(compareByPlace)) {
    const list = byFile.get(f.pos.file) ?? [];
    list.push(f);
    byFile.set(f.pos.file, list);
  }
  for (const [file, findings] of byFile) {
    if (lines.length > 0) lines.push('');
    const shown = quoteText(displayPath(file, options.baseDir));
    for (const f of findings) {
      const where = `${shown}:${f.pos.line}:${f.pos.column}`;
      const severity = paint(SEVERITY_COLOR[f.severity], f.severity.padEnd(7));
      const service = f.service ? dim(`[${quoteText(f.service)}] `) : '';
      lines.push(
        `${where}  ${severity}  ${f.rule}  ${service}${quoteText(options.mask(f.message))}`,
      );
      if (f.fix) {
        const at = `${quoteText(displayPath(f.fix.pos.file, options.baseDir))}:${f.fix.pos.line}:${f.fix.pos.column}`;
        // Shown as written, unless a line break would make it unreadable.
        const text = /[\r\n]/.test(f.fix.replacement)
          ? JSON.stringify(f.fix.replacement)
          : f.fix.replacement;
        lines.push(
          dim(
            `    fix: ${quoteText(options.mask(f.fix.description))} (${at}): ${quoteText(options.mask(text))}`,
          ),
        );
      }
    }
  }

  if (report.probes.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push('probes:');
    for (const p of report.probes) {
      const status = paint(STATUS_COLOR[p.status], p.status.padEnd(4));
      lines.push(
        `  ${status}  ${p.probe.padEnd(11)} ${quoteText(p.service)}  ${quoteText(options.mask(p.summary))} ${dim(`(${p.durationMs} ms)`)}`,
      );
    }
  }

  if (lines.length > 0) lines.push('');
  lines.push(countLine(report, paint));
  // Free text is masked field by field (identifiers never are); every line is checked once more.
  return defuseText(lines.join('\n')) + '\n';
}

function countLine(report: CheckReport, paint: (code: number, s: string) => string): string {
  const c = report.counts;
  const parts = [
    plural(c.error, 'error'),
    plural(c.warning, 'warning'),
    plural(c.notice, 'notice'),
  ];
  if (c.suppressed > 0) parts.push(`${c.suppressed} suppressed`);
  const failedProbes = report.probes.filter((p) => p.status === 'fail').length;
  if (report.probes.length > 0) parts.push(`${failedProbes}/${report.probes.length} probes failed`);
  const verdict = report.result === 'pass' ? paint(32, 'pass') : paint(31, 'fail');
  return `${parts.join(', ')} (fail-on: ${report.failOn}): ${verdict}`;
}
