/**
 * How many values a YAML document stands for once its aliases are resolved:
 * both parse paths count with it to stop alias bombs (a few lines that
 * expand to billions of values) before anything walks the expansion.
 */
import type { CNode } from './node.js';

export class ExpansionCount {
  /** Expanded sizes, memoised so that shared alias targets are not walked again. */
  private readonly sizes = new Map<CNode, number>();
  private total = 0;

  constructor(private readonly limit: number) {}

  /** One value built. */
  built(): void {
    this.total++;
  }

  /** An alias use: another copy of its target; false once the document is over the limit. */
  alias(target: CNode): boolean {
    this.total += this.size(target);
    return this.total <= this.limit;
  }

  private size(n: CNode): number {
    const known = this.sizes.get(n);
    if (known !== undefined) return known;
    let s = 1;
    if (n.kind === 'seq') for (const i of n.items) s += this.size(i);
    else if (n.kind === 'map') for (const e of n.entries.values()) s += this.size(e.value);
    if (s > this.limit) s = this.limit + 1;
    this.sizes.set(n, s);
    return s;
  }
}
