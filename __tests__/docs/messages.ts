/**
 * Extraction for troubleshooting.test.ts: docs/troubleshooting.md must cover every message the action and the CLI
 * can stop with or report about the input itself: the user-facing errors
 * (UsageError, UnreadableInputError, ConfigError, ComposeUnavailableError),
 * the compose-invalid issues of the loader, and the probes' fail / skip
 * summaries. The messages are read from src/ with the TypeScript parser, so
 * a new message that the page does not mention fails this test.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = join(import.meta.dirname, '../..');
export const ERROR_CLASSES = new Set([
  'UsageError',
  'UnreadableInputError',
  'ConfigError',
  'ComposeUnavailableError',
]);

const BUILTIN_ERRORS = new Set(['TypeError', 'RangeError', 'SyntaxError', 'AggregateError']);

export interface MessageSite {
  where: string;
  kind: string;
  /** The message's fixed text, with `…` where a value is filled in. */
  template: string;
  /** The longest fixed fragment: what the page must contain. */
  fragment: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

/** The fixed pieces of a message expression; undefined when it has none (a variable). */
function literalPieces(node: ts.Expression): string[] | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
  if (ts.isParenthesizedExpression(node)) return literalPieces(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = literalPieces(node.left) ?? [''];
    const right = literalPieces(node.right) ?? [''];
    // Adjacent literals join into one piece.
    return [...left.slice(0, -1), left.at(-1)! + right[0]!, ...right.slice(1)];
  }
  return undefined;
}

/** Whitespace collapsed, markdown code marks and escapes dropped, as the page is compared. */
export function normalise(text: string): string {
  return text.replace(/[`\\]/g, '').replace(/\s+/g, ' ').trim();
}

function fragmentOf(pieces: string[]): string {
  const cleaned = pieces.map((p) => normalise(p).replace(/^[\s:;.,)(]+|[\s:;.,(]+$/g, ''));
  return cleaned.reduce((a, b) => (b.length > a.length ? b : a), '');
}

function calleeName(node: ts.CallExpression | ts.NewExpression): string {
  const e = node.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return `${e.expression.getText()}.${e.name.text}`;
  return '';
}

function enclosingFunctionName(node: ts.Node): string {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent)
    if (ts.isFunctionDeclaration(n)) return n.name?.text ?? '';
  return '';
}

export function messageSites(): MessageSite[] {
  const sites: MessageSite[] = [];
  for (const file of sourceFiles(join(root, 'src'))) {
    const source = ts.createSourceFile(
      file,
      readFileSync(file, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const inCompose = file.includes(join('src', 'compose'));
    const inProbes = file.includes(join('src', 'probes'));
    const add = (node: ts.Node, kind: string, message: ts.Expression | undefined) => {
      const pieces = message && literalPieces(message);
      if (!pieces) return;
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      sites.push({
        where: `${relative(root, file)}:${line}`,
        kind,
        template: normalise(pieces.join('…')),
        fragment: fragmentOf(pieces),
      });
    };
    const visit = (node: ts.Node): void => {
      // The user-facing error classes, and any other error class of ours (a probe's
      // NoAnswerError ends up as its summary); a plain Error is an internal error.
      if (
        ts.isNewExpression(node) &&
        /^[A-Z]\w+Error$/.test(calleeName(node)) &&
        !BUILTIN_ERRORS.has(calleeName(node))
      )
        add(node, calleeName(node), node.arguments?.[0]);
      if (ts.isCallExpression(node)) {
        const name = calleeName(node);
        // Probe results, and the loader's compose-invalid helpers (`invalid('...')`).
        if (name === 'rec.fail' || name === 'rec.skip') add(node, name, node.arguments[0]);
        if (name === 'invalid' && inCompose) add(node, 'compose-invalid', node.arguments[0]);
        // The parts a failed probe's summary is joined from.
        if ((name === 'problems.push' || name === 'failures.push') && inProbes)
          add(node, 'probe problem', node.arguments[0]);
        // The config file's validation: fail(node, message).
        if (name === 'fail' && file.endsWith('config-file.ts'))
          add(node, 'ConfigError', node.arguments[1]);
        if (name === 'skippedProbes') add(node, 'probe skip', node.arguments[2]);
        // What the CLI tells on stderr besides the report (signals, --output).
        if (name === 'io.stderr.write' && file.endsWith('cli.ts'))
          add(node, 'cli stderr', node.arguments[0]);
        if (name === 'core.setFailed' || name === 'core.warning' || name === 'core.notice')
          add(node, name, node.arguments[0]);
      }
      if (ts.isObjectLiteralExpression(node)) {
        const props = new Map(
          node.properties
            .filter(ts.isPropertyAssignment)
            .map((p) => [p.name.getText(source), p.initializer] as const),
        );
        const kind = props.get('kind');
        if (kind && ts.isStringLiteral(kind) && kind.text === 'compose-invalid')
          add(node, 'compose-invalid', props.get('message'));
        // Problems the loader's parsers return (ports, volumes, interpolation, env files).
        else if ((inCompose || file.endsWith('compose-invalid.ts')) && props.has('message'))
          add(node, 'compose problem', props.get('message'));
        // Probe results built by hand (no recorder).
        if ((inProbes || file.endsWith('check.ts')) && props.has('summary') && props.has('status'))
          add(node, 'probe summary', props.get('summary'));
      }
      // Helpers that word why a probe failed or was skipped: `function neverCreatedReason()`.
      // ... and `function noRedisServiceNotice()`.
      if (
        ts.isReturnStatement(node) &&
        node.expression &&
        /(Reason|Notice)$/.test(enclosingFunctionName(node))
      )
        add(node, 'reason or notice', node.expression);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return sites;
}
