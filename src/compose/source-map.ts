import type { ModelPath, Position, ValueSource } from './types.js';

const SEP = '\u0000';

function key(path: ModelPath): string {
  return path.join(SEP);
}

/**
 * Where each value of the model was written. Keyed by model path so that the
 * loader's stages (merge, normalise) can move entries along with the values.
 */
export class SourceMap {
  private readonly entries = new Map<string, ValueSource>();

  set(path: ModelPath, source: ValueSource): void {
    this.entries.set(key(path), source);
  }

  get(path: ModelPath): ValueSource | undefined {
    return this.entries.get(key(path));
  }

  /** The position of the value, or of its nearest ancestor that has one. */
  locate(path: ModelPath): Position | undefined {
    for (let n = path.length; n >= 0; n--) {
      const found = this.entries.get(key(path.slice(0, n)));
      if (found) return found.pos;
    }
    return undefined;
  }

  /** Every entry under `prefix` (the prefix itself included). */
  *under(prefix: ModelPath): IterableIterator<[ModelPath, ValueSource]> {
    const p = key(prefix);
    for (const [k, v] of this.entries) {
      if (k === p || k.startsWith(p + SEP)) yield [k.split(SEP).map(decodeSegment), v];
    }
  }

  /**
   * The sources of every entry under any of `prefixes`, in one pass and
   * without decoding their paths: for callers that only need the sources.
   */
  *sourcesUnder(...prefixes: ModelPath[]): IterableIterator<ValueSource> {
    const exact = new Set(prefixes.map(key));
    const starts = [...exact].map((p) => p + SEP);
    for (const [k, v] of this.entries) {
      if (exact.has(k) || starts.some((s) => k.startsWith(s))) yield v;
    }
  }

  /** Moves every entry under `from` to the same place under `to` (used by merge and rename). */
  move(from: ModelPath, to: ModelPath): void {
    const f = key(from);
    const moved: [string, ValueSource][] = [];
    for (const [k, v] of this.entries) {
      if (k === f || k.startsWith(f + SEP)) moved.push([k, v]);
    }
    for (const [k] of moved) this.entries.delete(k);
    const t = key(to);
    for (const [k, v] of moved) this.entries.set(t + k.slice(f.length), v);
  }

  get size(): number {
    return this.entries.size;
  }
}

function decodeSegment(s: string): string | number {
  return /^(0|[1-9]\d*)$/.test(s) ? Number(s) : s;
}
