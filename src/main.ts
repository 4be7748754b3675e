import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { runCheck } from './check.js';
import { PROBE_STATE_KEY, readActionInputs } from './inputs.js';
import { teardown } from './probes/index.js';
import { stopRunningCommands } from './probes/process.js';
import type { ProbeState } from './probes/types.js';
import { defuseLine, untrustedBlock } from './report/escape.js';
import { describeFailure, noRedisServiceNotice } from './report/failure.js';
import { actionOutputs, annotationsFor, emitAnnotations, setOutputs } from './report/github.js';
import { formatJson } from './report/json.js';
import { plural } from './report/order.js';
import { formatSarif } from './report/sarif.js';
import { summaryMarkdown, writeJobSummary } from './report/summary.js';
import { writeReportFile } from './report/write-file.js';
import { formatText } from './report/text.js';
import type { WriteOptions } from './report/types.js';
import { SecretMasker } from './secrets.js';

/** `redis-readiness-<step id>-<random>`: unique per step and per run of it. */
function reportBaseName(stepId: string | undefined): string {
  const step = (stepId ?? '').replace(/[^A-Za-z0-9_-]/g, '').slice(0, 60) || 'step';
  return `redis-readiness-${step}-${randomBytes(4).toString('hex')}`;
}

/**
 * A log line of the run (it may carry compose's or a container's output): one
 * line is printed defused; several go between stop-commands markers.
 */
function logUntrusted(text: string): void {
  if (!/[\r\n]/.test(text)) core.info(defuseLine(text));
  else for (const line of untrustedBlock(text)) core.info(line);
}

/** The action: read inputs, run the check, write annotations, summary, reports and outputs. */
export async function run(): Promise<void> {
  const masker = new SecretMasker();
  masker.onSecret((secret) => core.setSecret(secret));
  const mask = (text: string) => masker.mask(text);
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  let cwd = workspace;
  // A cancelled job gets SIGINT, then SIGTERM: tear down at once rather than
  // leave it to the post step, with compose commands of ours still running.
  let probeState: ProbeState | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    const done = () => process.exit(signal === 'SIGINT' ? 130 : 143);
    stopRunningCommands();
    if (!probeState) return done();
    core.info(`redis-readiness: ${signal}: tearing down compose project ${probeState.projectName}`);
    teardown(probeState).then((problem) => {
      if (problem) core.warning(mask(problem));
      done();
    }, done);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const ctx = readActionInputs(masker);
    cwd = ctx.load.cwd;
    ctx.saveProbeState = (state) => {
      probeState = state;
      core.saveState(PROBE_STATE_KEY, JSON.stringify(state));
    };
    ctx.log = (line) => logUntrusted(mask(line));
    ctx.warn = (line) => core.warning(mask(line));

    const report = await runCheck(ctx);

    // GitHub resolves annotation and SARIF paths from the repository root;
    // the JSON report, the summary and the log use the working directory.
    const repoRelative: WriteOptions = { baseDir: workspace, mask };
    const cwdRelative: WriteOptions = { baseDir: cwd, mask };

    // One name per step: two steps of a job share RUNNER_TEMP.
    const outDir = process.env.RUNNER_TEMP || os.tmpdir();
    const base = path.join(outDir, reportBaseName(process.env.GITHUB_ACTION));
    const reportJson = `${base}.json`;
    fs.writeFileSync(reportJson, formatJson(report, cwdRelative), { flag: 'wx' });
    const sarifInput = core.getInput('sarif-file');
    const sarif = sarifInput ? path.resolve(cwd, sarifInput) : `${base}.sarif`;
    writeReportFile(sarif, formatSarif(report, repoRelative), sarifInput || sarif);

    core.startGroup(`redis-readiness: ${report.result}`);
    // The report quotes values from the input: the runner reads none of it as a command.
    for (const line of untrustedBlock(
      formatText(report, { ...cwdRelative, color: false }).trimEnd(),
    ))
      core.info(line);
    core.endGroup();
    emitAnnotations(annotationsFor(report, repoRelative));
    const nothingChecked = noRedisServiceNotice(report, cwd);
    if (nothingChecked) core.notice(nothingChecked, { title: 'redis-readiness' });
    await writeJobSummary(summaryMarkdown(report, cwdRelative));
    setOutputs(actionOutputs(report, { reportJson, sarif }, mask));

    if (report.result === 'fail') {
      const failedProbes = report.probes.filter((p) => p.status === 'fail').length;
      const parts = [
        plural(report.counts.error, 'error'),
        plural(report.counts.warning, 'warning'),
        ...(failedProbes ? [plural(failedProbes, 'failed probe')] : []),
      ];
      core.setFailed(
        `Redis is not production-ready: ${parts.join(', ')} (fail-on: ${report.failOn}). See the job summary.`,
      );
    }
  } catch (error) {
    const failure = describeFailure(error, workspace);
    if (failure.internal && error instanceof Error && error.stack) core.debug(mask(error.stack));
    core.error(mask(failure.message), {
      title: 'redis-readiness',
      ...(failure.pos
        ? {
            file: path.relative(workspace, failure.pos.file).split(path.sep).join('/'),
            startLine: failure.pos.line,
            startColumn: failure.pos.column,
          }
        : {}),
    });
    process.exitCode = failure.exitCode;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
