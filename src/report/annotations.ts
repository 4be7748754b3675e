import type { AnnotationProperties } from '@actions/core';
import type { Severity } from '../findings.js';
import { docsLinkFor } from './docs-link.js';
import { quoteText } from './escape.js';
import { displayPath } from './paths.js';
import type { CheckReport, WriteOptions } from './types.js';

// Pure: the CLI's --format github uses it without loading @actions/core.

/** GitHub shows at most this many annotations of each kind per step. */
export const ANNOTATIONS_SHOWN_PER_KIND = 10;

export interface Annotation {
  kind: Severity;
  message: string;
  properties: AnnotationProperties;
}

/**
 * One annotation per finding, most severe first (the report's order), each
 * at its file (relative to the repository root), line and column, titled
 * with the rule id, its message ending with the rule's docs link.
 */
export function annotationsFor(report: CheckReport, options: WriteOptions): Annotation[] {
  return report.findings.map((f) => {
    const prefix = f.service ? `${quoteText(f.service)}: ` : '';
    return {
      kind: f.severity,
      message: `${prefix}${quoteText(options.mask(f.message))} ${docsLinkFor(report, f.rule)}`,
      properties: {
        title: f.rule,
        file: quoteText(displayPath(f.pos.file, options.baseDir)),
        startLine: f.pos.line,
        startColumn: f.pos.column,
        ...(f.pos.endLine !== undefined && f.pos.endLine !== f.pos.line
          ? { endLine: f.pos.endLine }
          : {}),
        ...(f.pos.endColumn !== undefined && (f.pos.endLine ?? f.pos.line) === f.pos.line
          ? { endColumn: f.pos.endColumn }
          : {}),
      },
    };
  });
}

/** How many annotations of each kind GitHub will not show. */
export function hiddenAnnotationCounts(report: CheckReport): Record<Severity, number> {
  const hidden = (n: number) => Math.max(0, n - ANNOTATIONS_SHOWN_PER_KIND);
  return {
    error: hidden(report.counts.error),
    warning: hidden(report.counts.warning),
    notice: hidden(report.counts.notice),
  };
}

/**
 * An annotation as the workflow command GitHub reads from a step's output
 * (what core.error/warning/notice print), for the CLI's `--format github`.
 * Escaping follows the runner's command protocol: data escapes % CR LF;
 * property values also escape : and ,.
 */
export function annotationCommand(a: Annotation): string {
  const escapeData = (s: string) =>
    s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const names: [keyof AnnotationProperties, string][] = [
    ['title', 'title'],
    ['file', 'file'],
    ['startLine', 'line'],
    ['endLine', 'endLine'],
    ['startColumn', 'col'],
    ['endColumn', 'endColumn'],
  ];
  const props = names
    .filter(([key]) => a.properties[key] !== undefined)
    .map(([key, name]) => `${name}=${escapeProperty(String(a.properties[key]))}`);
  const command = a.kind === 'error' ? 'error' : a.kind === 'warning' ? 'warning' : 'notice';
  return `::${command}${props.length ? ' ' + props.join(',') : ''}::${escapeData(a.message)}`;
}

export function annotationCommands(report: CheckReport, options: WriteOptions): string[] {
  return annotationsFor(report, options).map(annotationCommand);
}
