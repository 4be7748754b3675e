export function generateLargeProject(
  dir: string,
  services?: number,
): { file: string; lines: number };
export function largeComposeText(services: number): string;
export function generateSmallProject(dir: string): unknown;
export function generateIncludeChain(dir: string, files: number): unknown;
export function generateServersProject(
  dir: string,
  servers?: number,
): { file: string; lines: number };
