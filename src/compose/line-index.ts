/** Where a block collection whose last value ends at `lastEnd` ends: the start of the next line. */
export function blockCollectionEnd(text: string, lastEnd: number): number {
  if (lastEnd >= text.length || (lastEnd > 0 && text.charCodeAt(lastEnd - 1) === 0x0a))
    return lastEnd;
  const eol = text.indexOf('\n', lastEnd);
  return eol < 0 ? text.length : eol + 1;
}
