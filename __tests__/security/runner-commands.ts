/**
 * What the GitHub runner would read as workflow commands in a step's output,
 * following its parser (actions/runner ActionCommand.TryParseV2/TryParse and
 * ActionCommandManager): lines split at CR/LF, leading white space trimmed,
 * `::name props::data`; the legacy `##[name props]data` anywhere in a line;
 * names case-insensitive; `stop-commands` suspends everything until
 * `::<token>::`.
 */
export interface RunnerCommand {
  name: string;
  properties: Record<string, string>;
  data: string;
  line: string;
}

const unescapeData = (s: string) =>
  s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

/** Commands the runner knows (a forged line naming another is ignored by the runner too). */
const REGISTERED = new Set([
  'error',
  'warning',
  'notice',
  'debug',
  'group',
  'endgroup',
  'add-mask',
  'save-state',
  'set-output',
  'set-env',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'echo',
  'stop-commands',
]);

function parse(line: string, registered: Set<string>): RunnerCommand | undefined {
  const t = line.replace(/^[\s\u0085\ufeff]+/, '');
  if (t.startsWith('::')) {
    const end = t.indexOf('::', 2);
    if (end >= 0) {
      const info = t.slice(2, end);
      const space = info.indexOf(' ');
      const name = (space < 0 ? info : info.slice(0, space)).toLowerCase();
      if (registered.has(name)) {
        const properties: Record<string, string> = {};
        if (space > 0)
          for (const p of info
            .slice(space + 1)
            .trim()
            .split(',')
            .filter(Boolean)) {
            const eq = p.indexOf('=');
            if (eq > 0) properties[p.slice(0, eq)] = unescapeProperty(p.slice(eq + 1));
          }
        return { name, properties, data: unescapeData(t.slice(end + 2)), line };
      }
    }
  }
  const legacy = line.indexOf('##[');
  if (legacy >= 0) {
    const close = line.indexOf(']', legacy);
    if (close >= 0) {
      const info = line.slice(legacy + 3, close);
      const name = info.split(' ')[0]!.toLowerCase();
      if (registered.has(name)) return { name, properties: {}, data: line.slice(close + 1), line };
    }
  }
  return undefined;
}

/** The commands the runner would act on, in order (stop-commands blocks honoured). */
export function runnerCommands(output: string): RunnerCommand[] {
  const registered = new Set(REGISTERED);
  const out: RunnerCommand[] = [];
  let stopToken: string | undefined;
  for (const line of output.split(/\r\n|\r|\n/)) {
    const c = parse(line, registered);
    if (!c) continue;
    if (stopToken !== undefined) {
      if (c.name === stopToken) {
        registered.delete(stopToken);
        stopToken = undefined;
      }
      continue;
    }
    if (c.name === 'stop-commands') {
      stopToken = c.data.toLowerCase();
      registered.add(stopToken);
    }
    out.push(c);
  }
  return out;
}

/** Lines that begin (after the white space the runner trims) with `::`, or hold `##[` anywhere. */
export function commandLookingLines(output: string): string[] {
  return output
    .split(/\r\n|\r|\n/)
    .filter((l) => /^[\s\u0085\ufeff]*::/.test(l) || l.includes('##['));
}

/**
 * Every line that looks like a command must be one the tool wrote: a name it
 * emits, a title that is a rule id or the tool's own, a stop-commands token it
 * then resumes with, and no forged marker outside an annotation of ours.
 */
export function forgedCommandLines(
  output: string,
  options: { ruleIds: Set<string>; forged: RegExp; emitted?: Set<string> },
): string[] {
  const emitted =
    options.emitted ??
    new Set([
      'error',
      'warning',
      'notice',
      'debug',
      'group',
      'endgroup',
      'add-mask',
      'stop-commands',
    ]);
  const tokens = new Set(
    runnerCommands(output)
      .filter((c) => c.name === 'stop-commands')
      .map((c) => c.data.toLowerCase()),
  );
  const bad: string[] = [];
  for (const line of commandLookingLines(output)) {
    if (line.includes('##[')) {
      bad.push(line);
      continue;
    }
    const t = line.replace(/^[\s\u0085\ufeff]+/, '');
    if (t !== line) {
      bad.push(line); // the tool writes its commands at the start of a line
      continue;
    }
    const c = parse(line, new Set([...emitted, ...tokens]));
    if (!c) {
      bad.push(line);
      continue;
    }
    if (tokens.has(c.name) || c.name === 'stop-commands') {
      if (!/^[0-9a-f]{32}$/.test(c.name === 'stop-commands' ? c.data : c.name)) bad.push(line);
      continue;
    }
    const title = c.properties.title;
    const ours = title === undefined || title === 'redis-readiness' || options.ruleIds.has(title);
    if (!ours || /[\r\n]/.test(c.data) || (title === undefined && options.forged.test(c.data)))
      bad.push(line);
  }
  return bad;
}
