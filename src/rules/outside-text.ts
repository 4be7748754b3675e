/**
 * Findings about a file outside the project directory (a mounted
 * `../secret/creds` read as redis.conf, an absolute path, a symlink out)
 * never echo what that file holds. Their messages are our own prose around
 * quoted pieces of the file: a quoted piece stays only when it is a
 * directive name the server knows, and any bare word built like a
 * credential is redacted too, wherever it came from.
 */
import { isOutsideDir } from '../compose/project-dir.js';
import { directiveArity } from '../redis/directives.js';

/** Shown instead of a quoted piece of a file outside the project. */
export const HIDDEN_TEXT = '…';
/** Shown instead of a word that looks like a credential. */
export const REDACTED_WORD = '[redacted]';

/**
 * A word built like a password or key: long enough, and mixing letters with
 * digits or symbols the way generated secrets do. Directive names, numbers,
 * paths and the words of our messages are not.
 */
export function looksLikeCredential(word: string): boolean {
  if (word.length < 8 || word.includes('/')) return false;
  if (directiveArity(word.toLowerCase()) !== undefined) return false;
  const letters = /[A-Za-z]/.test(word);
  const digits = /[0-9]/.test(word);
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(word)).length;
  // Letters, digits and a third kind (Hunter2-Secret99), or a long run of
  // letters and digits (hex and base64 keys and tokens).
  if (letters && digits && (classes >= 3 || word.length >= 16)) return true;
  // A long mixed-case run without separators (an access key); our own
  // identifiers (environment.GREETING, REDIS_PASSWORD) have separators.
  return word.length >= 20 && /[a-z]/.test(word) && /[A-Z]/.test(word) && !/[._-]/.test(word);
}

/** What our messages quote from Redis and the resolver themselves: never a file's text. */
const OWN_QUOTES = new Set([
  'Bad directive or wrong number of arguments',
  'wrong number of arguments',
  'Invalid save parameters',
  'Name or service not known',
]);

const QUOTED = /'([^'\n]*)'|"([^"\n]*)"/g;
/** Bare words of a message (quoted pieces are handled above). */
const WORD = /[^\s'"`()[\]{},;]+/g;

/**
 * A message about a file outside the project, with none of the file's text
 * left in it: quoted pieces (unless `quoted` is false) other than known
 * directive names and `identifiers`, and credential-like words.
 */
export function redactFileText(
  message: string,
  quoted = true,
  identifiers: ReadonlySet<string> = new Set(),
): string {
  const kept = !quoted
    ? message
    : message.replace(QUOTED, (whole, single?: string, double?: string) => {
        const inner = single ?? double ?? '';
        const known = /^[a-z][a-z0-9-]*$/.test(inner) && directiveArity(inner) !== undefined;
        // Service names are identifiers of the compose files, quoted as such.
        if (known || identifiers.has(inner) || OWN_QUOTES.has(inner)) return whole;
        const q = whole[0]!;
        return `${q}${HIDDEN_TEXT}${q}`;
      });
  return kept.replace(WORD, (word) => {
    // A word ending a sentence keeps its punctuation.
    const core = word.replace(/[.:!?]+$/, '');
    return looksLikeCredential(core) ? word.replace(core, REDACTED_WORD) : word;
  });
}

/** Whether findings at `file` are about a file outside the project directory (cached per run). */
export function outsideProjectTest(workingDir: string): (file: string) => boolean {
  const known = new Map<string, boolean>();
  return (file) => {
    let outside = known.get(file);
    if (outside === undefined) {
      outside = isOutsideDir(file, workingDir);
      known.set(file, outside);
    }
    return outside;
  };
}
