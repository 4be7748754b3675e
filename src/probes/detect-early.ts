import { detectCompose, type DetectedCompose } from './runtime.js';

/** Detections started ahead of the probes, by compose command. */
const early = new Map<string, Promise<DetectedCompose>>();
const keyOf = (command?: string[]) => JSON.stringify(command ?? null);

/**
 * Starts finding the Compose CLI (and asking the engine) while the static
 * analysis runs, so the probes need not wait for it before `up`.
 */
export function detectComposeEarly(command?: string[]): void {
  const key = keyOf(command);
  if (early.has(key)) return;
  const detection = detectCompose(command);
  // Awaited (and its error reported) by the probes; never unhandled meanwhile.
  detection.catch(() => undefined);
  early.set(key, detection);
}

/** The early detection for this command when one was started (used once), else a new one. */
export function detectedCompose(command?: string[]): Promise<DetectedCompose> {
  const key = keyOf(command);
  const detection = early.get(key);
  early.delete(key);
  return detection ?? detectCompose(command);
}
