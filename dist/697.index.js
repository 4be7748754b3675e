export const id = 697;
export const ids = [697];
export const modules = {

/***/ 5697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseFast: () => (/* binding */ parseFast)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/* harmony import */ var _expansion_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7529);
/* harmony import */ var _merge_keys_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2349);
/* harmony import */ var _line_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9501);
/* harmony import */ var _yaml_scalars_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5321);
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
const SCHEMA = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .FAILSAFE_SCHEMA */ .uH.extend(LOCAL_TAGS.flatMap((tag) => ['scalar', 'sequence', 'mapping'].map((kind) => new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU(tag, { kind, construct: (data) => data }))));
/** The positioned tree of `text`, or undefined when the yaml path must decide. */
function parseFast(text, file, limits) {
    // A lone CR is a line break for js-yaml, text for yaml; a tab in
    // indentation is an error for both, but not always the same one.
    if (/\r(?!\n)|^ *\t/m.test(text))
        return undefined;
    const builder = new TreeBuilder(text, file, limits);
    try {
        (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .load */ .Hh)(text, {
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
        this.lines = new _line_index_js__WEBPACK_IMPORTED_MODULE_1__/* .LineIndex */ .r(text, file);
        this.expansion = new _expansion_js__WEBPACK_IMPORTED_MODULE_3__/* .ExpansionCount */ .n(limits.maxExpandedNodes);
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
            value = (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_2__/* .coreScalar */ .G)(text);
            if (tag === undefined && typeof value === 'number' && (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_2__/* .isGoOctal */ .K)(text))
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
            (0,_merge_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .applyMergeKey */ .s)(entries, m, () => {
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
        return (0,_line_index_js__WEBPACK_IMPORTED_MODULE_1__/* .blockCollectionEnd */ .n)(this.text, lastEnd);
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
