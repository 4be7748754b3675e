import * as core from '@actions/core';
import type { Annotation } from './annotations.js';
import { maskDeep } from './mask-deep.js';
import type { CheckReport } from './types.js';

export {
  ANNOTATIONS_SHOWN_PER_KIND,
  annotationCommand,
  annotationsFor,
  hiddenAnnotationCounts,
  type Annotation,
} from './annotations.js';

export function emitAnnotations(annotations: Annotation[]): void {
  for (const a of annotations) {
    if (a.kind === 'error') core.error(a.message, a.properties);
    else if (a.kind === 'warning') core.warning(a.message, a.properties);
    else core.notice(a.message, a.properties);
  }
}

export interface OutputPaths {
  reportJson?: string;
  sarif?: string;
}

/** The step's outputs: the verdict, the counts, where the reports are, and the probe results. */
export function actionOutputs(
  report: CheckReport,
  paths: OutputPaths,
  mask: (s: string) => string,
): Record<string, string> {
  return {
    result: report.result,
    errors: String(report.counts.error),
    warnings: String(report.counts.warning),
    notices: String(report.counts.notice),
    'report-json': paths.reportJson ?? '',
    sarif: paths.sarif ?? '',
    // Masked string by string: identifiers stay, the JSON stays valid.
    probes: JSON.stringify(
      maskDeep(
        report.probes.map((p) => ({
          probe: p.probe,
          service: p.service,
          status: p.status,
          summary: p.summary,
          durationMs: p.durationMs,
        })),
        mask,
      ),
    ),
  };
}

export function setOutputs(outputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}
