export const id = 643;
export const ids = [643];
export const modules = {

/***/ 643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FINGERPRINT_KEY: () => (/* binding */ FINGERPRINT_KEY),
/* harmony export */   formatSarif: () => (/* binding */ formatSarif),
/* harmony export */   toSarifLog: () => (/* binding */ toSarifLog)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _mask_deep_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5723);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4278);
/* harmony import */ var _tool_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7406);




const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/** Fingerprint key for our own partialFingerprints (versioned so a change of recipe is visible). */
const FINGERPRINT_KEY = 'redisReadinessFinding/v1';
/**
 * SARIF 2.1.0, in the shape GitHub code scanning (upload-sarif) reads:
 * one run, the rules with descriptions and help links, results with
 * repository-relative URIs, 1-based regions, partialFingerprints and fixes.
 */
function toSarifLog(report, options) {
    const uri = (file) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPath */ .G)(file, options.baseDir);
    const rules = sarifRules(report);
    const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
    const results = report.findings.map((f) => {
        const index = ruleIndex.get(f.rule);
        return {
            ruleId: f.rule,
            ...(index !== undefined ? { ruleIndex: index } : {}),
            level: LEVEL[f.severity],
            message: { text: f.service ? `${f.service}: ${f.message}` : f.message },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: uri(f.pos.file) },
                        region: region(f.pos),
                    },
                },
            ],
            partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(f, uri(f.pos.file)) },
            ...(f.service ? { properties: { service: f.service } } : {}),
            ...(f.fix
                ? {
                    fixes: [
                        {
                            description: { text: f.fix.description },
                            artifactChanges: [
                                {
                                    artifactLocation: { uri: uri(f.fix.pos.file) },
                                    replacements: [
                                        {
                                            deletedRegion: region(f.fix.pos),
                                            insertedContent: { text: f.fix.replacement },
                                        },
                                    ],
                                },
                            ],
                        },
                    ],
                }
                : {}),
        };
    });
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: report.tool.name,
                        version: report.tool.version,
                        semanticVersion: report.tool.version,
                        informationUri: _tool_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_URI */ .qH,
                        rules,
                    },
                },
                columnKind: 'utf16CodeUnits',
                results,
            },
        ],
    };
}
/** Every rule that ran, plus any that a finding names but the run did not list. */
function sarifRules(report) {
    const known = new Map(report.rules.map((r) => [r.id, r]));
    for (const f of report.findings) {
        if (!known.has(f.rule)) {
            known.set(f.rule, { id: f.rule, severity: f.severity, summary: f.rule, docsUrl: '' });
        }
    }
    return [...known.values()].map((r) => {
        const level = r.severity === 'off' ? 'none' : LEVEL[r.severity];
        const summary = /[.!?]$/.test(r.summary) ? r.summary : `${r.summary}.`;
        const article = r.severity === 'error' ? 'an' : 'a';
        const docs = r.docsUrl ? ` What it means and how to fix it: ${r.docsUrl}` : '';
        const full = r.severity === 'off'
            ? `${summary} Turned off for this run.`
            : `${summary} Reported as ${article} ${r.severity}.${docs}`;
        return {
            id: r.id,
            name: pascalCase(r.id),
            shortDescription: { text: r.summary },
            fullDescription: { text: full },
            ...(r.docsUrl
                ? {
                    helpUri: r.docsUrl,
                    help: { text: `See ${r.docsUrl}`, markdown: `[${r.id}](${r.docsUrl})` },
                }
                : {}),
            defaultConfiguration: { level, enabled: r.severity !== 'off' },
            properties: { tags: ['redis', 'docker-compose'] },
        };
    });
}
function region(pos) {
    return {
        startLine: Math.max(1, pos.line),
        startColumn: Math.max(1, pos.column),
        ...(pos.endLine !== undefined ? { endLine: Math.max(pos.line, pos.endLine) } : {}),
        ...(pos.endColumn !== undefined &&
            (pos.endLine === undefined || pos.endLine > pos.line || pos.endColumn >= pos.column)
            ? { endColumn: Math.max(1, pos.endColumn) }
            : {}),
    };
}
/**
 * Stable across edits that move lines: the rule, the file, the service and
 * the message (without digits that could be line numbers) identify an alert.
 */
function fingerprint(f, file) {
    const text = [f.rule, file, f.service ?? '', f.message.replace(/\d+/g, '#')].join('\u0000');
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 32);
}
function pascalCase(id) {
    return id
        .split('-')
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join('');
}
/** The SARIF log as text, with every string value masked. */
function formatSarif(report, options) {
    return (0,_mask_deep_js__WEBPACK_IMPORTED_MODULE_1__/* .maskedJsonText */ .b)(toSarifLog(report, options), options.mask) + '\n';
}


/***/ })

};
