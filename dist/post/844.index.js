export const id = 844;
export const ids = [844];
export const modules = {

/***/ 844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseFast: () => (/* binding */ parseFast)
});

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
;// CONCATENATED MODULE: ./src/compose/expansion.ts
class ExpansionCount {
    limit;
    /** Expanded sizes, memoised so that shared alias targets are not walked again. */
    sizes = new Map();
    total = 0;
    constructor(limit) {
        this.limit = limit;
    }
    /** One value built. */
    built() {
        this.total++;
    }
    /** An alias use: another copy of its target; false once the document is over the limit. */
    alias(target) {
        this.total += this.size(target);
        return this.total <= this.limit;
    }
    size(n) {
        const known = this.sizes.get(n);
        if (known !== undefined)
            return known;
        let s = 1;
        if (n.kind === 'seq')
            for (const i of n.items)
                s += this.size(i);
        else if (n.kind === 'map')
            for (const e of n.entries.values())
                s += this.size(e.value);
        if (s > this.limit)
            s = this.limit + 1;
        this.sizes.set(n, s);
        return s;
    }
}

;// CONCATENATED MODULE: ./src/compose/merge-keys.ts
/**
 * `<<: *a` or `<<: [*a, *b]`: keys already present win, then earlier sources
 * win. A source that is not a mapping goes to `notAMapping`, which throws.
 */
function applyMergeKey(entries, source, notAMapping) {
    const sources = source.kind === 'seq' ? source.items : [source];
    for (const s of sources) {
        if (s.kind !== 'map')
            notAMapping(s);
        s.entries.forEach((e, k) => {
            if (!entries.has(k))
                entries.set(k, e);
        });
    }
}

;// CONCATENATED MODULE: ./src/compose/span.ts
/** Ints per span: file, line, column, end line, end column (0: no end given). */
const FIELDS = 5;
/**
 * Spans per chunk. The table grows by chunks, never by copying: fresh memory
 * is dear on small VMs (a page fault per 4 KB), and a copy touches it twice.
 */
const CHUNK_BITS = 12;
const CHUNK = 1 << CHUNK_BITS;
const IN_CHUNK = CHUNK - 1;
class SpanTable {
    files = [];
    fileIds = new Map();
    chunks = [];
    chunk = new Int32Array(0);
    count = 0;
    /** The id of `file` in this table (a scanner asks once and reuses it). */
    fileId(file) {
        let id = this.fileIds.get(file);
        if (id === undefined) {
            id = this.files.length;
            this.files.push(file);
            this.fileIds.set(file, id);
        }
        return id;
    }
    /**
     * A span of the file with id `fileId`; lines and columns are 1-based,
     * `endLine` 0 for none. Called for every key and value of a file, mostly
     * before V8 has compiled it: no default arguments, one test for a new chunk.
     */
    add(fileId, line, column, endLine, endColumn) {
        const s = this.count;
        const at = (s & IN_CHUNK) * FIELDS;
        if (at === 0)
            this.chunks.push((this.chunk = new Int32Array(CHUNK * FIELDS)));
        const d = this.chunk;
        d[at] = fileId;
        d[at + 1] = line;
        d[at + 2] = column;
        d[at + 3] = endLine;
        d[at + 4] = endColumn;
        this.count = s + 1;
        return s;
    }
    fromPosition(p) {
        return this.add(this.fileId(p.file), p.line, p.column, p.endLine ?? 0, p.endColumn ?? 0);
    }
    position(s) {
        if (!(s >= 0 && s < this.count))
            throw new RangeError(`span ${s} is not in this table`);
        const d = this.chunks[s >> CHUNK_BITS];
        const at = (s & IN_CHUNK) * FIELDS;
        const pos = { file: this.files[d[at]], line: d[at + 1], column: d[at + 2] };
        if (d[at + 3] !== 0) {
            pos.endLine = d[at + 3];
            pos.endColumn = d[at + 4];
        }
        return pos;
    }
    /** Whether the span ends on the line it starts on (or gives no end). */
    isOneLine(s) {
        const d = this.chunks[s >> CHUNK_BITS];
        const at = (s & IN_CHUNK) * FIELDS;
        return d[at + 3] === 0 || d[at + 3] === d[at + 1];
    }
    /** The point `columns` columns right of where `s` starts, on the same line (no end). */
    pointRightOf(s, columns) {
        const d = this.chunks[s >> CHUNK_BITS];
        const at = (s & IN_CHUNK) * FIELDS;
        return this.add(d[at], d[at + 1], d[at + 2] + columns, 0, 0);
    }
}
/**
 * The table new spans go to and are read from: the loader gives each load its
 * own (loadProject), and the source map keeps the one its trees were made
 * with. Trees made outside a load (tests, parseComposeText) use a default one.
 */
let current = new SpanTable();
function useSpanTable(table) {
    current = table;
}
function currentSpanTable() {
    return current;
}
/** A span in the current table. */
function span(file, line, column, endLine, endColumn) {
    return current.add(current.fileId(file), line, column, endLine ?? 0, endColumn ?? 0);
}
function spanOf(p) {
    return current.fromPosition(p);
}
function positionOf(s) {
    return current.position(s);
}
function isOneLine(s) {
    return current.isOneLine(s);
}
function pointRightOf(s, columns) {
    return current.pointRightOf(s, columns);
}

;// CONCATENATED MODULE: ./src/compose/line-index.ts
/**
 * Offsets in one file's text turned into spans: the line starts found once,
 * and lookups that try the line of the previous answer first, since both
 * parse paths ask in file order.
 */

class LineIndex {
    /** Offset of the first character of each line (0-based lines). */
    starts;
    last = 0;
    /** The table the spans go to (the current one when the index is made) and the file's id in it. */
    spans = currentSpanTable();
    fileId;
    constructor(text, file) {
        const starts = [0];
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
            starts.push(i + 1);
        this.starts = starts;
        this.fileId = this.spans.fileId(file);
    }
    /** The 0-based line of an offset. */
    lineOf(offset) {
        const starts = this.starts;
        let lo = this.last;
        if (starts[lo] <= offset && (lo + 1 === starts.length || offset < starts[lo + 1]))
            return lo;
        if (lo + 2 <= starts.length &&
            starts[lo + 1] <= offset &&
            (lo + 2 === starts.length || offset < starts[lo + 2]))
            return (this.last = lo + 1);
        lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        this.last = lo;
        return lo;
    }
    /** The point at an offset, with no end (a ScalarSource's `locate`: bound, so it can be handed out). */
    locate = (offset) => {
        const line = this.lineOf(offset);
        return this.spans.add(this.fileId, line + 1, offset - this.starts[line] + 1, 0, 0);
    };
    span(start, end) {
        return this.spanFrom(this.lineOf(start), start, end);
    }
    /** The span from `start`, known to be on line `startLine` (0-based), to `end`. */
    spanFrom(startLine, start, end) {
        const endLine = end === start ? startLine : this.lineOf(end);
        return this.spans.add(this.fileId, startLine + 1, start - this.starts[startLine] + 1, endLine + 1, end - this.starts[endLine] + 1);
    }
    /** The span from `start` to `end`, both on line `line` (0-based). */
    spanOnLine(line, start, end) {
        const lineStart = this.starts[line];
        return this.spans.add(this.fileId, line + 1, start - lineStart + 1, line + 1, end - lineStart + 1);
    }
}
/** Where a block collection whose last value ends at `lastEnd` ends: the start of the next line. */
function blockCollectionEnd(text, lastEnd) {
    if (lastEnd >= text.length || (lastEnd > 0 && text.charCodeAt(lastEnd - 1) === 0x0a))
        return lastEnd;
    const eol = text.indexOf('\n', lastEnd);
    return eol < 0 ? text.length : eol + 1;
}

;// CONCATENATED MODULE: ./src/compose/yaml-scalars.ts
/**
 * How a plain YAML scalar's text becomes a value, shared by both parse paths
 * so that they cannot drift: YAML 1.2 core schema, as the yaml package
 * resolves it, plus the one YAML 1.1 habit of Go's yaml.v3 that Compose shows.
 */
/** First characters that can begin a null, a boolean or a number (`~nNtTfF0-9+-.`). */
const MAY_RESOLVE = new Set([...'~nNtTfF0123456789+-.'].map((c) => c.charCodeAt(0)));
/** YAML 1.2 core schema resolution of a plain scalar's text. */
function coreScalar(text) {
    // Most scalars are words, paths and images: one look at the first character settles them.
    if (text.length > 0 && !MAY_RESOLVE.has(text.charCodeAt(0)))
        return text;
    if (/^(?:~|null|Null|NULL|)$/.test(text))
        return null;
    if (/^(?:true|True|TRUE)$/.test(text))
        return true;
    if (/^(?:false|False|FALSE)$/.test(text))
        return false;
    if (/^[-+]?[0-9]+$/.test(text))
        return Number(text);
    if (/^0o[0-7]+$/.test(text))
        return parseInt(text.slice(2), 8);
    if (/^0x[0-9a-fA-F]+$/.test(text))
        return parseInt(text.slice(2), 16);
    if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text))
        return Number(text);
    if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text))
        return text.startsWith('-') ? -Infinity : Infinity;
    if (/^\.(?:nan|NaN|NAN)$/.test(text))
        return NaN;
    return text;
}
/** Go's yaml.v3 reads a plain `0440` as octal (288); the YAML 1.2 core schema says decimal. */
function isGoOctal(text) {
    return /^[-+]?0[0-7]+$/.test(text);
}

;// CONCATENATED MODULE: ./src/compose/read-fast.ts
/**
 * The fast path of `read`: js-yaml parses (about eight times faster than
 * yaml's Document on a 22,000-line compose file, with far less garbage) and
 * its open/close events are turned into the same positioned tree that the
 * yaml path builds.
 *
 * It handles the YAML that compose files are made of: block and flow
 * collections, plain, quoted and block scalars, comments, anchors, aliases,
 * merge keys and the `!reset`/`!override` tags. It declines (returns
 * undefined) everything else: a syntax error, another tag, a non-scalar
 * key, an empty sequence entry, a multi-line quoted scalar, anything deeper
 * or larger than the limits. The caller then parses with yaml, which owns every error message,
 * so both paths give the same tree or the yaml path decides.
 *
 * The listener reads State fields js-yaml sets but does not document (tag,
 * anchor, kind, result) and relies on how it nests its events (a key read
 * first, then kept as the value). The lock file pins js-yaml; after an
 * upgrade, __tests__/compose/read-fast.test.ts (identical trees on every
 * known file and on thousands of mutations) says whether that still holds.
 */





class Decline extends Error {
}
const LOCAL_TAGS = ['!reset', '!override'];
const SCHEMA = js_yaml/* FAILSAFE_SCHEMA */.uH.extend(LOCAL_TAGS.flatMap((tag) => ['scalar', 'sequence', 'mapping'].map((kind) => new js_yaml/* Type */.ZU(tag, { kind, construct: (data) => data }))));
/** The positioned tree of `text`, or undefined when the yaml path must decide. */
function parseFast(text, file, limits) {
    // A lone CR is a line break for js-yaml, text for yaml; a tab in
    // indentation is an error for both, but not always the same one.
    if (/\r(?!\n)|^ *\t/m.test(text))
        return undefined;
    const builder = new TreeBuilder(text, file, limits);
    try {
        (0,js_yaml/* load */.Hh)(text, {
            schema: SCHEMA,
            listener(event, state) {
                if (event === 'open')
                    builder.open(state.position);
                else
                    builder.close(state);
            },
        });
    }
    catch {
        // A syntax error, a duplicate key, an unknown tag, or a Decline.
        return undefined;
    }
    const root = builder.root();
    if (!root || root.node.kind !== 'map')
        return undefined;
    return { tree: root.node, sawReset: builder.sawReset };
}
class TreeBuilder {
    text;
    limits;
    /** Frames by depth, reused by siblings: one per node would be garbage. `depth` frames are live. */
    frames = [{ open: 0, children: [] }];
    depth = 0;
    anchors = new Map();
    lines;
    expansion;
    sawReset = false;
    constructor(text, file, limits) {
        this.text = text;
        this.limits = limits;
        this.lines = new LineIndex(text, file);
        this.expansion = new ExpansionCount(limits.maxExpandedNodes);
    }
    root() {
        const top = this.frames[0].children;
        return top.length === 1 ? top[0] : undefined;
    }
    open(position) {
        if (this.depth >= this.limits.maxDepth)
            throw new Decline();
        const depth = ++this.depth;
        const frame = this.frames[depth];
        if (frame) {
            frame.open = position;
            frame.children.length = 0;
        }
        else
            this.frames[depth] = { open: position, children: [] };
    }
    close(state) {
        const frame = this.frames[this.depth--];
        this.frames[this.depth].children.push(this.build(frame, state));
    }
    build(frame, state) {
        const kind = state.kind;
        // js-yaml reads a block mapping's key first when a value might be a
        // mapping; a key with no `:` after it is kept as the value itself. The
        // events then hold one child with the very same value: that child is it.
        const only = frame.children.length === 1 ? frame.children[0] : undefined;
        if (only && kind !== 'scalar' && kind !== null && only.result === state.result) {
            if (state.tag !== null && state.tag !== '?')
                throw new Decline();
            return only;
        }
        const start = this.contentStart(frame.open);
        const c = this.text.charCodeAt(start);
        // An alias leaves js-yaml's kind unset.
        if (c === 0x2a /* * */)
            return this.alias(start, state.result);
        const tag = state.tag !== null && state.tag !== '?' ? state.tag : undefined;
        if (tag !== undefined) {
            if (!LOCAL_TAGS.includes(tag))
                throw new Decline();
            if (tag === '!reset')
                this.sawReset = true;
        }
        let built;
        if (kind === null)
            built = this.empty(frame.open, tag, state);
        else if (kind === 'scalar')
            built = this.scalar(start, state, tag);
        else if (kind === 'sequence')
            built = this.sequence(frame, start, state, tag);
        else
            built = this.mapping(frame, start, state, tag);
        if (state.anchor !== null) {
            built.hasProps = true;
            this.anchors.set(state.anchor, built);
        }
        if (tag !== undefined)
            built.hasProps = true;
        this.expansion.built();
        return built;
    }
    /** Skips spaces, line breaks, comments and properties (anchors, tags) before a value. */
    contentStart(from) {
        const t = this.text;
        let i = from;
        for (;;) {
            const c = t.charCodeAt(i);
            if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d)
                i++;
            else if (c === 0x23 /* # */) {
                const eol = t.indexOf('\n', i);
                i = eol < 0 ? t.length : eol;
            }
            else if (c === 0x26 /* & */ || c === 0x21 /* ! */) {
                while (i < t.length && !isSpace(t.charCodeAt(i)))
                    i++;
            }
            else
                return i;
        }
    }
    alias(start, result) {
        let i = start + 1;
        while (i < this.text.length &&
            !isSpace(this.text.charCodeAt(i)) &&
            !isFlowIndicator(this.text.charCodeAt(i)))
            i++;
        const target = this.anchors.get(this.text.slice(start + 1, i));
        // js-yaml resolves an alias inside the value its anchor is still on to that value (a cycle).
        if (!target || target.result !== result)
            throw new Decline();
        if (!this.expansion.alias(target.node))
            throw new Decline();
        return { ...target, kind: 'alias', start, end: i, block: false, hasProps: false };
    }
    empty(open, tag, state) {
        if (tag !== undefined || state.anchor !== null)
            throw new Decline();
        let i = open;
        while (this.text.charCodeAt(i) === 0x20 || this.text.charCodeAt(i) === 0x09)
            i++;
        const node = { kind: 'scalar', value: null, pos: this.span(i, i) };
        return {
            node,
            result: null,
            kind: 'empty',
            start: i,
            end: i,
            plain: true,
            block: false,
            hasProps: false,
        };
    }
    scalar(start, state, tag) {
        const text = state.result;
        const c = this.text.charCodeAt(start);
        const quoted = c === 0x22 /* " */ || c === 0x27; /* ' */
        const block = c === 0x7c /* | */ || c === 0x3e; /* > */
        let end;
        if (block)
            end = this.blockScalarEnd(start, state.position);
        else {
            // js-yaml may have looked past the value (for a `:`, or a next line).
            end = state.position;
            while (end > start && isSpace(this.text.charCodeAt(end - 1)))
                end--;
        }
        if (quoted) {
            // yaml and js-yaml disagree on how far a quoted scalar's next lines must be indented.
            const eol = this.text.indexOf('\n', start);
            if (eol >= 0 && eol < end)
                throw new Decline();
            this.checkFollower(end, true);
        }
        if (block)
            this.checkBlockScalarLines(start, state.position);
        let value = text;
        if (!quoted && !block) {
            value = coreScalar(text);
            if (tag === undefined && typeof value === 'number' && isGoOctal(text))
                value = parseInt(text, 8);
        }
        const node = { kind: 'scalar', value, pos: this.span(start, end) };
        if (tag !== undefined)
            node.tag = tag;
        if (quoted || block)
            node.quoted = true;
        if (typeof value === 'string' && value.includes('$')) {
            node.src = { text: this.text.slice(start, end), offset: start, locate: this.lines.locate };
        }
        return {
            node,
            result: state.result,
            kind: 'scalar',
            start,
            end,
            plain: !quoted && !block,
            block: false,
            hasProps: false,
        };
    }
    /**
     * yaml ends a block scalar after its last line that is not empty, or with
     * keep chomping (`|+`) after its trailing empty lines too.
     */
    blockScalarEnd(start, after) {
        const t = this.text;
        let end = Math.min(after, t.length);
        const headerEnd = t.indexOf('\n', start);
        if (t
            .slice(start, headerEnd < 0 ? t.length : headerEnd)
            .split('#')[0]
            .includes('+')) {
            const lineStart = t.lastIndexOf('\n', end - 1) + 1;
            return lineStart > start && t.slice(lineStart, end).trim() === '' ? lineStart : end;
        }
        // Back over trailing empty lines (and the indentation of the next line).
        let i = end;
        while (i > start) {
            const lineStart = t.lastIndexOf('\n', i - 1);
            if (lineStart < start)
                break;
            const between = t.slice(lineStart + 1, i);
            if (between.trim() !== '')
                break;
            end = lineStart + 1;
            i = lineStart;
        }
        return end;
    }
    sequence(frame, start, state, tag) {
        const result = state.result;
        const items = frame.children;
        if (items.length !== result.length)
            throw new Decline();
        const flow = this.text.charCodeAt(start) === 0x5b; /* [ */
        if (flow)
            this.checkFlow(start, state.position);
        // A `? key` or `key: value` entry of a flow sequence is a mapping js-yaml makes without events.
        for (let i = 0; i < items.length; i++)
            if (items[i].result !== result[i])
                throw new Decline();
        const end = flow ? state.position : this.blockEnd(items[items.length - 1].end);
        const node = {
            kind: 'seq',
            items: items.map((b) => b.node),
            pos: this.span(start, end),
        };
        if (tag !== undefined)
            node.tag = tag;
        return {
            node,
            result,
            kind: 'sequence',
            start,
            end,
            plain: false,
            block: !flow,
            hasProps: false,
        };
    }
    mapping(frame, start, state, tag) {
        const children = frame.children;
        const result = state.result;
        // An entry js-yaml made without events (`? a` alone) leaves an odd count or
        // pairs out of step, which the per-entry identity check below catches.
        if (children.length % 2 !== 0)
            throw new Decline();
        const flow = this.text.charCodeAt(start) === 0x7b; /* { */
        if (flow)
            this.checkFlow(start, state.position);
        const entries = new Map();
        const merges = [];
        for (let i = 0; i < children.length; i += 2) {
            const key = children[i];
            const value = children[i + 1];
            if (key.kind !== 'scalar' || key.hasProps)
                throw new Decline();
            if (!Object.hasOwn(result, key.result) ||
                result[key.result] !== value.result)
                throw new Decline();
            // `key: k2: v` (a block mapping opening on its key's line) is an error for yaml.
            if (value.block &&
                value.kind === 'mapping' &&
                this.lineOf(value.start) === this.lineOf(key.start))
                throw new Decline();
            const k = key.node;
            if (key.plain && k.value === '<<') {
                merges.push(value.node);
                continue;
            }
            const keyText = k.value === null ? 'null' : String(k.value);
            if (entries.has(keyText))
                throw new Decline();
            entries.set(keyText, { key: keyText, keyPos: k.pos, value: value.node });
        }
        for (const m of merges)
            applyMergeKey(entries, m, () => {
                throw new Decline();
            });
        const end = flow ? state.position : this.blockEnd(children[children.length - 1].end);
        const node = { kind: 'map', entries, pos: this.span(start, end) };
        if (tag !== undefined)
            node.tag = tag;
        return {
            node,
            result,
            kind: 'mapping',
            start,
            end,
            plain: false,
            block: !flow,
            hasProps: false,
        };
    }
    checkFlow(start, end) {
        this.checkFlowIndent(start, end);
        this.checkFollower(end, false);
    }
    /**
     * What may follow a quoted scalar or a flow collection on its line: the end
     * of the line, a comment after a space, a flow separator, or (a quoted key)
     * `:`. js-yaml lets more through, such as `"a"#` or `[a] b`.
     */
    checkFollower(end, quoted) {
        const t = this.text;
        let i = end;
        while (t.charCodeAt(i) === 0x20 || t.charCodeAt(i) === 0x09)
            i++;
        if (i >= t.length)
            return;
        const c = t.charCodeAt(i);
        if (c === 0x0a || c === 0x0d || c === 0x2c || c === 0x5d || c === 0x7d)
            return;
        if (c === 0x23 /* # */ && i > end)
            return;
        if (c === 0x3a /* : */ && quoted)
            return;
        throw new Decline();
    }
    /** Lines of only spaces inside a block scalar: yaml and js-yaml can read them differently. */
    checkBlockScalarLines(start, after) {
        const t = this.text;
        for (let line = t.indexOf('\n', start) + 1; line > 0 && line < after;) {
            let i = line;
            while (t.charCodeAt(i) === 0x20 || t.charCodeAt(i) === 0x09)
                i++;
            const c = t.charCodeAt(i);
            if (i > line && (i >= t.length || c === 0x0a || c === 0x0d))
                throw new Decline();
            line = t.indexOf('\n', line) + 1;
        }
    }
    /**
     * yaml wants the lines of a flow collection indented deeper than the block
     * entry it is in (the closing bracket may line up with it); js-yaml does
     * not check. The entry's column is taken as where the opening line's text
     * starts after any `- `, which is never less than yaml's own reference.
     */
    checkFlowIndent(start, end) {
        const t = this.text;
        const firstEol = t.indexOf('\n', start);
        if (firstEol < 0 || firstEol >= end)
            return;
        const lineStart = t.lastIndexOf('\n', start - 1) + 1;
        let ref = lineStart;
        while (t.charCodeAt(ref) === 0x20 ||
            (t.charCodeAt(ref) === 0x2d && t.charCodeAt(ref + 1) === 0x20))
            ref++;
        ref -= lineStart;
        for (let line = firstEol + 1; line < end;) {
            let i = line;
            while (t.charCodeAt(i) === 0x20)
                i++;
            const c = t.charCodeAt(i);
            if (c === 0x09)
                throw new Decline();
            const blank = i >= t.length || c === 0x0a || c === 0x0d;
            const closing = c === 0x5d || c === 0x7d; /* ] } */
            if (!blank && (closing ? i - line < ref : i - line <= ref))
                throw new Decline();
            const eol = t.indexOf('\n', line);
            if (eol < 0)
                break;
            line = eol + 1;
        }
    }
    /** A block collection ends with the line of its last value. */
    blockEnd(lastEnd) {
        return blockCollectionEnd(this.text, lastEnd);
    }
    lineOf(offset) {
        return this.lines.lineOf(offset);
    }
    span(start, end) {
        return this.lines.span(start, end);
    }
}
function isSpace(c) {
    return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}
function isFlowIndicator(c) {
    return c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;
}


/***/ })

};
