import type { ProbeId, ProbeResult, ProbeStatus } from './types.js';

/** Collects evidence while a probe runs and turns it into a masked ProbeResult. */
export class ProbeRecorder {
  private readonly started = performance.now();
  readonly evidence: string[] = [];

  constructor(
    readonly probe: ProbeId,
    readonly service: string,
    private readonly mask: (text: string) => string,
  ) {}

  note(line: string): void {
    this.evidence.push(this.mask(line));
  }

  finish(status: ProbeStatus, summary: string): ProbeResult {
    return {
      probe: this.probe,
      service: this.service,
      status,
      summary: this.mask(summary),
      durationMs: Math.round(performance.now() - this.started),
      evidence: this.evidence,
    };
  }

  pass(summary: string): ProbeResult {
    return this.finish('pass', summary);
  }

  fail(summary: string): ProbeResult {
    return this.finish('fail', summary);
  }

  skip(summary: string): ProbeResult {
    return this.finish('skip', summary);
  }
}
