/*
 * TierBook's security and privacy checks: every claim of docs/security.md that a program can check.
 * The rules live here once; test/security/*.test.ts runs them inside `npm test` (after the production
 * build of test/support/globalSetup.js) and shows that each one catches what it is for.
 *
 *   node scripts/security-check.js                   every offline check on src/, manifest.xml and dist/
 *                                                     (run `npm run build` first so dist/ is current)
 *   node scripts/security-check.js --audit           `npm audit --omit=dev --json`, judged against
 *                                                     docs/audit-exceptions.json (needs the registry's advisory service)
 *   node scripts/security-check.js --audit-report F  judges a saved `npm audit --omit=dev --json` report
 *   --json                                            machine-readable output
 *
 * Exit codes: 0 every check passes; 1 a violation; 2 usage or internal error; 3 the audit could not be run.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const SRC_DIR = path.join(ROOT, 'src');
const DIST_DIR = path.join(ROOT, 'dist');
const CLI_DIR = path.join(SRC_DIR, 'cli');
const AUDIT_EXCEPTIONS_FILE = path.join(ROOT, 'docs', 'audit-exceptions.json');

/** Microsoft's office.js, copied verbatim by the build (webpack.config.js OFFICE_JS_DIR): not our code, not scanned. */
const OFFICE_JS_DIR = 'office-js';

// ---------------------------------------------------------------- rules

/** APIs that send or receive data over the network (claim 2). */
const NETWORK_RULES = [
  { id: 'fetch', pattern: /(?<![\w$.])fetch(?![\w$])|\b(?:window|self|globalThis)\s*\.\s*fetch\b/g, why: 'fetch() sends HTTP requests' },
  { id: 'XMLHttpRequest', pattern: /\bXMLHttpRequest\b/g, why: 'XMLHttpRequest sends HTTP requests' },
  { id: 'WebSocket', pattern: /\bWebSocket\b/g, why: 'WebSocket opens a network connection' },
  { id: 'EventSource', pattern: /\bEventSource\b/g, why: 'EventSource opens a server-sent-events connection' },
  { id: 'sendBeacon', pattern: /\bsendBeacon\b/g, why: 'navigator.sendBeacon posts data, even as the page closes' },
  { id: 'importScripts', pattern: /\bimportScripts\b/g, why: 'importScripts loads code into a worker from a URL' },
  { id: 'new Image', pattern: /\bnew\s+Image\s*\(/g, why: 'an Image with a src is the classic tracking pixel' },
  { id: 'RTCPeerConnection', pattern: /\bRTCPeerConnection\b/g, why: "WebRTC connections are not governed by CSP's connect-src" },
];

/** Places a page can keep data between sessions, or hide it in the file (claim 5). */
const STORAGE_RULES = [
  { id: 'document.settings', pattern: /\bdocument\s*\.\s*settings\b/g, why: 'Office.context.document.settings is hidden add-in storage saved inside the workbook' },
  { id: 'customXmlParts', pattern: /\bcustomXmlParts\b/g, why: 'custom XML parts are hidden storage saved inside the workbook' },
  { id: 'OfficeRuntime.storage', pattern: /\bOfficeRuntime\s*\.\s*storage\b/g, why: "OfficeRuntime.storage persists on the user's machine" },
  { id: 'localStorage', pattern: /\blocalStorage\b/g, why: "localStorage persists in the webview's profile" },
  { id: 'sessionStorage', pattern: /\bsessionStorage\b/g, why: 'sessionStorage keeps data for the session' },
  { id: 'indexedDB', pattern: /\bindexedDB\b/g, why: "indexedDB persists in the webview's profile" },
  { id: 'openDatabase', pattern: /\bopenDatabase\b/g, why: "WebSQL persists in the webview's profile" },
  { id: 'cookie', pattern: /\.\s*cookie\b|\bcookieStore\b/g, why: 'cookies persist and travel with requests' },
  { id: 'caches', pattern: /\bcaches\b/g, why: "the Cache API persists responses in the webview's profile" },
];

/** Ways to run a string as code (claim 6); the pages' CSP has no 'unsafe-eval', so these would also break. */
const DYNAMIC_CODE_RULES = [
  { id: 'eval', pattern: /(?<![\w$.])eval(?![\w$])/g, why: 'eval runs a string as code' },
  { id: 'new Function', pattern: /\bnew\s+Function\b|(?<![\w$.])Function\s*\(/g, why: 'the Function constructor runs a string as code' },
  { id: 'string timer', pattern: /\bset(?:Timeout|Interval|Immediate)\s*\(\s*["'`]/g, why: 'a timer given a string evaluates it as code' },
];

/** Protocol-relative URLs in string literals ("//host/…"), which the absolute-URL scan would not see. */
const PROTOCOL_RELATIVE_URL = { id: 'protocol-relative URL', pattern: /["'`]\/\/[a-z0-9-]+\.[a-z0-9.-]+/gi, why: 'a protocol-relative URL points at another host' };

/** Absolute URLs in code. */
const URL_LITERAL = /\b(?:https?|wss?|ftp):\/\/[^\s"'`<>()\\]+/g;

/**
 * URL literals the built bundles may contain: identifiers and message text, never fetched. Everything else is
 * rejected and printed. Add an entry only with the reason it cannot cause a request.
 */
const URL_ALLOW_LIST = [
  { url: 'http://www.w3.org/1999/xhtml', reason: 'XHTML namespace URI: react-dom compares element namespaces with it; an identifier, never fetched' },
  { url: 'http://www.w3.org/2000/svg', reason: "SVG namespace URI: react-dom and Fluent's inline SVG icons (xmlns); an identifier, never fetched" },
  { url: 'http://www.w3.org/1998/Math/MathML', reason: 'MathML namespace URI in react-dom; an identifier, never fetched' },
  { url: 'http://www.w3.org/1999/xlink', reason: 'XLink namespace URI for xlink:* attributes in react-dom; an identifier, never fetched' },
  { url: 'http://www.w3.org/XML/1998/namespace', reason: 'XML namespace URI for xml:* attributes in react-dom; an identifier, never fetched' },
  { url: 'http://www.w3.org/2000/xmlns/', reason: "XMLNS namespace URI in d3-selection's namespace table (the task pane's charts, @fluentui/react-charts); an identifier, never fetched" },
  {
    url: 'https://reactjs.org/docs/error-decoder.html?invariant=',
    reason: "React 18's production error messages say 'visit <this URL> for the full message': text thrown in an Error, never requested",
  },
];

/**
 * URL literals src/ may contain (comments are not scanned): XML namespace names the CLI writes into .xlsx parts.
 * A `prefix` entry covers one namespace authority, whose URIs are names only.
 */
const SOURCE_URL_ALLOW_LIST = [
  {
    prefix: 'http://schemas.openxmlformats.org/',
    reason: 'Office Open XML namespace names the CLI writes into .xlsx parts (e.g. spreadsheetml/2006/main); XML names, never fetched',
  },
];

/** Telemetry / analytics packages that must never be a production dependency (claim 3). */
const TELEMETRY_PACKAGES = [
  /^office-addin-usage-data$/,
  /applicationinsights/i,
  /^@microsoft\/1ds-/,
  /^@microsoft\/oteljs/,
  /^@opentelemetry\//,
  /^@sentry\//,
  /^@datadog\/browser-/,
  /^@segment\//,
  /^analytics-node$/,
  /^@amplitude\//,
  /^mixpanel/,
  /^posthog/,
  /^react-ga/,
  /^universal-analytics$/,
  /^newrelic$/,
];

/** Strings that telemetry SDKs and their endpoints leave in a bundle (claim 3). */
const TELEMETRY_MARKER_PATTERNS = [
  /office-addin-usage-data/i,
  /OfficeAddinUsageData/,
  /usageDataLevel/,
  /applicationinsights/i,
  /instrumentationKey/i,
  /dc\.services\.visualstudio\.com/i,
  /aria\.microsoft\.com/i,
  /events\.data\.microsoft\.com/i,
  /oteljs/i,
  /sentry\.io/i,
  /google-analytics\.com|googletagmanager\.com/i,
  /api\.segment\.io|api\.mixpanel\.com|api\.amplitude\.com/i,
];
const TELEMETRY_RULES = TELEMETRY_MARKER_PATTERNS.map((pattern) => ({ id: `telemetry ${pattern.source}`, pattern: new RegExp(pattern.source, `${pattern.flags}g`), why: 'a telemetry SDK or endpoint' }));

/** Node built-in modules the CLI may import, and why; any other module (http, net, child_process…) fails. */
const CLI_NODE_MODULES = {
  fs: 'reads the input workbook and model, writes the output workbook',
  path: 'resolves the paths it is given',
  os: "os.userInfo(): the OS user name for the run-log sheet (a local lookup, no network)",
  stream: 'streams the .xlsx package in and out (src/cli/stream)',
  zlib: 'inflates and deflates the .xlsx package entries (src/cli/stream)',
  events: 'waits for stream events (src/cli/stream)',
  'stream/promises': 'pipes a finished output into a device, FIFO or symlink path (src/cli/outputTarget.ts)',
  url: "pathToFileURL: the file:// URL of LibreOffice's throwaway profile folder (src/cli/input/convertLegacy.ts)",
};
/** Packages the CLI may import. */
const CLI_PACKAGES = {
  exceljs: 'writes a CSV/TSV/TXT export as a temporary .xlsx for the one reading path (src/cli/input)',
  'csv-parse': 'parses CSV/TSV text exports (RFC 4180) into records (src/cli/input)',
  'csv-parse/sync': 'parses the first lines of a text export to choose its delimiter (src/cli/input)',
};
/**
 * Modules one file alone may import (path from the repository root), beyond CLI_NODE_MODULES. child_process stays
 * forbidden everywhere else: the runner starts no process except LibreOffice, and only to convert a legacy
 * workbook (.xls/.xlsb/.ods/.et) the user gave it.
 */
const CLI_FILE_MODULES = {
  'src/cli/input/convertLegacy.ts': {
    child_process: 'spawns soffice (found on PATH) with a throwaway profile to convert a legacy workbook to .xlsx in a private temp folder',
  },
  'src/cli/heapGrowth.ts': {
    v8: 'sets one heap-sizing flag (--heap-growing-percent) so a run collects garbage before the heap doubles; reads and writes no data',
  },
};

/**
 * Every filesystem call the CLI makes, by file (claim "the CLI opens only the files it is given"). A new call
 * fails the check until it is reviewed and listed here with its reason.
 */
const CLI_FILE_ACCESS = [
  { file: 'cliIo.ts', call: 'os.userInfo', reason: "the OS user name for the run-log sheet (getpwuid: /etc/passwd or the system's name service)" },
  { file: 'loadModel.ts', call: 'fs.readFileSync', reason: 'reads the model JSON given with --model' },
  { file: 'runTierbook.ts', call: 'fs.statSync', reason: 'checks that the input path is a file' },
  { file: 'runPlan.ts', call: 'fs.readFileSync', reason: "reads TierBook's own package.json for its version (the run log's tool name)" },
  { file: 'outputPath.ts', call: 'fs.realpathSync', reason: 'compares the input and output paths (the input is never overwritten)' },
  // The streaming .xlsx reader and writer open the path their caller passes (the input; the temporary output):
  // test/security/cliSandbox.test.ts checks at run time that the CLI reads and writes nothing else.
  { file: 'zipArchive.ts', call: 'fs.openSync', reason: 'opens the .xlsx package it is given, read-only' },
  { file: 'zipArchive.ts', call: 'fs.fstatSync', reason: "the package's size, to find its central directory" },
  { file: 'zipArchive.ts', call: 'fs.readSync', reason: "reads the package's directory records" },
  { file: 'zipArchive.ts', call: 'fs.closeSync', reason: 'closes the package' },
  { file: 'zipArchive.ts', call: 'fs.createReadStream', reason: "streams one entry's bytes of the package" },
  { file: 'zipWriter.ts', call: 'fs.createWriteStream', reason: 'writes the output package to the path it is given' },
  { file: 'runStreamedTierbook.ts', call: 'fs.mkdirSync', reason: "creates the output path's folder" },
  { file: 'runStreamedTierbook.ts', call: 'fs.renameSync', reason: 'renames the finished temporary file to the output path' },
  { file: 'runStreamedTierbook.ts', call: 'fs.rmSync', reason: 'removes the temporary file after a failed write' },
  // Input formats (src/cli/input): the input is only read; converted copies live in a private temp folder.
  { file: 'inputFormat.ts', call: 'fs.statSync', reason: 'checks that the input is a file before reading its first bytes' },
  { file: 'inputFormat.ts', call: 'fs.openSync', reason: "opens the input read-only for its first 8 bytes (the format's signature)" },
  { file: 'inputFormat.ts', call: 'fs.readSync', reason: "reads the input's first 8 bytes" },
  { file: 'inputFormat.ts', call: 'fs.closeSync', reason: 'closes the input' },
  { file: 'csvToWorkbook.ts', call: 'fs.readFileSync', reason: 'reads the CSV/TSV/TXT input given on the command line' },
  { file: 'csvToWorkbook.ts', call: 'stream.xlsx', reason: 'writes the converted text export as an .xlsx into the private temp folder' },
  { file: 'tempCleanup.ts', call: 'os.tmpdir', reason: 'where the private temp folder for a converted input or a staged output goes' },
  { file: 'tempCleanup.ts', call: 'fs.mkdtempSync', reason: 'creates that private temp folder' },
  { file: 'tempCleanup.ts', call: 'fs.chmodSync', reason: 'makes it 0700, so other users cannot read a converted client list' },
  { file: 'tempCleanup.ts', call: 'fs.rmSync', reason: 'removes the temp folder and the temporary output at the end, on failure and on SIGINT/SIGTERM' },
  { file: 'convertLegacy.ts', call: 'fs.accessSync', reason: 'looks for an executable soffice on PATH' },
  { file: 'convertLegacy.ts', call: 'fs.constants', reason: 'X_OK for that look-up' },
  { file: 'convertLegacy.ts', call: 'fs.statSync', reason: 'checks that the soffice found is a file' },
  { file: 'convertLegacy.ts', call: 'fs.mkdirSync', reason: "creates the private temp folder's in/ and out/ folders" },
  { file: 'convertLegacy.ts', call: 'fs.copyFileSync', reason: 'copies the legacy input into the private folder, so LibreOffice leaves no lock file beside it' },
  { file: 'convertLegacy.ts', call: 'fs.existsSync', reason: 'checks that LibreOffice wrote the converted .xlsx' },
  { file: 'outputTarget.ts', call: 'fs.lstatSync', reason: 'tells a device, FIFO or symlink output from a file, so it is never renamed over' },
  { file: 'outputTarget.ts', call: 'fs.realpathSync', reason: 'the file a symlink output points to' },
  { file: 'outputTarget.ts', call: 'fs.statSync', reason: 'what that file is (file, folder, device, FIFO)' },
  { file: 'outputTarget.ts', call: 'fs.createReadStream', reason: 'reads the finished output from the private temp folder' },
  { file: 'outputTarget.ts', call: 'fs.createWriteStream', reason: 'writes it through to the device, FIFO or dangling symlink the user named' },
  // `tierbook weights` (src/cli/weights): reads the input or the judgement matrix it is given, writes nothing.
  { file: 'readClientScores.ts', call: 'fs.existsSync', reason: 'checks that the input given to `tierbook weights` exists' },
  { file: 'readClientScores.ts', call: 'fs.statSync', reason: 'and that it is a file' },
  { file: 'readJudgementFile.ts', call: 'fs.readFileSync', reason: 'reads the AHP matrix JSON given with --ahp' },
  { file: 'readWorkbookJudgements.ts', call: 'fs.existsSync', reason: 'checks that the workbook given to `tierbook weights --method ahp` exists' },
  { file: 'readWorkbookJudgements.ts', call: 'fs.statSync', reason: 'and that it is a file' },
];
/**
 * The only run-time loads the CLI may make (by file): a literal relative `import('./…')` of the CLI's own code, put
 * off until it is needed. Any other `import(` or `require(` fails as code loaded at run time.
 */
const CLI_LAZY_IMPORTS = [
  { file: 'prepareInput.ts', module: './csvToWorkbook', reason: 'the CSV/TSV/TXT conversion (and ExcelJS with it) is loaded only for a text input, so an .xlsx run never loads ExcelJS' },
];
/** Calls that reach the filesystem or the outside world, found in src/cli for CLI_FILE_ACCESS. */
const CLI_ACCESS_CALL = /\b(?:fs\s*\.\s*[a-z]\w*|os\s*\.\s*[a-z]\w*|\w+\s*\.\s*xlsx\s*\.\s*(?:readFile|writeFile|read|write|load)\b|\w+\s*\.\s*csv\s*\.\s*\w+|stream\s*\.\s*xlsx\b|require\s*\(|import\s*\()/g;

const SEVERITIES_THAT_FAIL = ['high', 'critical'];
/** An audit exception must be reviewed again within this many days (docs/audit-exceptions.json "policy"). */
const MAX_EXCEPTION_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

// ---------------------------------------------------------------- files

/** Files under `dir` (recursively) whose names end in one of `extensions`, skipping `excludeDirs` (relative to `dir`). */
function listFiles(dir, extensions, excludeDirs = []) {
  if (!fs.existsSync(dir)) return [];
  const found = [];
  const walk = (current) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      const relative = path.relative(dir, full).split(path.sep).join('/');
      if (entry.isDirectory()) {
        if (!excludeDirs.includes(relative)) walk(full);
      } else if (extensions.some((extension) => entry.name.endsWith(extension))) {
        found.push(full);
      }
    }
  };
  walk(dir);
  return found.sort();
}

/** The JavaScript the build ships that is ours: every dist/**\/*.js except Microsoft's verbatim office.js copy. */
function bundleFiles(distDir = DIST_DIR) {
  return listFiles(distDir, ['.js'], [OFFICE_JS_DIR]);
}

function sourceFiles(srcDir = SRC_DIR) {
  return listFiles(srcDir, ['.ts', '.tsx']);
}

// ---------------------------------------------------------------- comment-free source

/** Comment ranges of TypeScript source, found by the TypeScript parser (so strings and JSX text stay untouched). */
function commentRanges(fileName, text) {
  const ts = require('typescript');
  const kind = /\.tsx$/.test(fileName) ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sourceFile = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const ranges = new Map();
  const jsxTexts = [];
  const collect = (position) => {
    for (const range of [...(ts.getLeadingCommentRanges(text, position) || []), ...(ts.getTrailingCommentRanges(text, position) || [])]) {
      ranges.set(range.pos, range.end);
    }
  };
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.JsxText) {
      jsxTexts.push(node);
      return;
    }
    collect(node.pos);
    collect(node.end);
    for (const childNode of node.getChildren(sourceFile)) visit(childNode);
  };
  visit(sourceFile);
  // "// …" at the start of JSX text is text, not a comment, though the trivia scanner would read it as one.
  const inJsxText = (position) => jsxTexts.some((node) => position >= node.pos && position < node.end);
  return [...ranges].filter(([pos]) => !inJsxText(pos)).map(([pos, end]) => ({ pos, end }));
}

/** The source with every comment blanked to spaces (newlines kept, so line numbers stay right). */
function withoutComments(fileName, text) {
  const characters = text.split('');
  for (const { pos, end } of commentRanges(fileName, text)) {
    for (let index = pos; index < end; index++) if (characters[index] !== '\n' && characters[index] !== '\r') characters[index] = ' ';
  }
  return characters.join('');
}

/** What a scan reads of a file: TypeScript without its comments, built JavaScript as shipped. */
function scannableText(file) {
  const text = fs.readFileSync(file, 'utf8');
  return /\.tsx?$/.test(file) ? withoutComments(file, text) : text;
}

// ---------------------------------------------------------------- scanning

function lineAndColumn(text, index) {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

function excerpt(text, index, length) {
  const start = Math.max(0, index - 50);
  return text.slice(start, Math.min(text.length, index + length + 50)).replace(/\s+/g, ' ');
}

/** Every match of every rule in `text`, with where it is. */
function scanText(text, rules, file = '(text)') {
  const hits = [];
  for (const rule of rules) {
    for (const match of text.matchAll(new RegExp(rule.pattern.source, rule.pattern.flags))) {
      hits.push({ rule: rule.id, why: rule.why, file, ...lineAndColumn(text, match.index), match: match[0], excerpt: excerpt(text, match.index, match[0].length) });
    }
  }
  return hits;
}

function scanFiles(files, rules, root = ROOT) {
  return files.flatMap((file) => scanText(scannableText(file), rules, path.relative(root, file)));
}

function isAllowedUrl(url, allowList) {
  return allowList.some((entry) => (entry.url !== undefined ? url === entry.url : url.startsWith(entry.prefix)));
}

/** Absolute URL literals in `text` that are not on the allow-list (exact `url` or `prefix` entries). */
function rejectedUrls(text, file = '(text)', allowList = URL_ALLOW_LIST) {
  const hits = [];
  for (const match of text.matchAll(URL_LITERAL)) {
    if (isAllowedUrl(match[0], allowList)) continue;
    hits.push({ rule: 'url', why: 'a URL that is not on the allow-list', file, ...lineAndColumn(text, match.index), match: match[0], excerpt: excerpt(text, match.index, match[0].length) });
  }
  return hits.concat(scanText(text, [PROTOCOL_RELATIVE_URL], file));
}

function rejectedUrlsInFiles(files, root = ROOT, allowList = URL_ALLOW_LIST) {
  return files.flatMap((file) => rejectedUrls(scannableText(file), path.relative(root, file), allowList));
}

/** Allow-list entries no shipped file uses any more (reported, so the list stays as short as the truth). */
function unusedAllowListEntries(files, allowList = URL_ALLOW_LIST) {
  const texts = files.map((file) => fs.readFileSync(file, 'utf8'));
  return allowList.filter((entry) => !texts.some((text) => text.includes(entry.url !== undefined ? entry.url : entry.prefix)));
}

function describeHit(hit) {
  return `${hit.file}:${hit.line}:${hit.column} [${hit.rule}] ${hit.match} (${hit.why}) … ${hit.excerpt} …`;
}

// ---------------------------------------------------------------- claim 1: manifest

/** Problems with the manifest's permission, AppDomains, SSO and URLs. */
function manifestProblems(xml) {
  const { parseXml } = require('./check-manifest.js');
  const root = parseXml(xml);
  if (!root) return ['the manifest has no root element'];
  const all = [];
  const walk = (element) => {
    all.push(element);
    element.children.forEach(walk);
  };
  walk(root);
  const problems = [];
  const permissions = all.filter((element) => element.name === 'Permissions').map((element) => element.text.trim());
  if (permissions.length !== 1 || permissions[0] !== 'ReadWriteDocument') {
    problems.push(`Permissions must be exactly one ReadWriteDocument, found ${JSON.stringify(permissions)}`);
  }
  for (const element of all.filter((candidate) => candidate.name === 'AppDomains' || candidate.name === 'AppDomain')) {
    problems.push(`<${element.name}> is present (${element.text.trim() || 'empty'}): TierBook needs no other domain`);
  }
  for (const element of all.filter((candidate) => candidate.name === 'WebApplicationInfo' || candidate.name === 'Scopes')) {
    problems.push(`<${element.name}> is present: single sign-on would let the add-in ask for tokens to other services`);
  }
  for (const element of all) {
    for (const [name, value] of Object.entries(element.attributes)) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue; // namespace names, never fetched
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !value.startsWith('https://')) problems.push(`<${element.name} ${name}="${value}"> is not https`);
    }
    const text = element.text.trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) && !text.startsWith('https://')) problems.push(`<${element.name}>${text}</${element.name}> is not https`);
  }
  return problems;
}

// ---------------------------------------------------------------- claim 3: telemetry packages

function isTelemetryPackage(name) {
  return TELEMETRY_PACKAGES.some((pattern) => pattern.test(name));
}

/** The package name of a package-lock.json "packages" key ("node_modules/a/node_modules/@b/c" → "@b/c"). */
function lockPackageName(key) {
  return key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

/** Telemetry packages that package.json or the lockfile's production tree would install for users. */
function telemetryDependencyProblems(packageJson, packageLock) {
  const problems = [];
  for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies', 'bundledDependencies']) {
    const value = packageJson[field] || {};
    const names = Array.isArray(value) ? value : Object.keys(value);
    for (const name of names.filter(isTelemetryPackage)) problems.push(`package.json ${field} has the telemetry package ${name}`);
  }
  for (const [key, entry] of Object.entries(packageLock.packages || {})) {
    if (!key || entry.dev) continue; // devOptional and unflagged entries are installed with --omit=dev
    const name = lockPackageName(key);
    if (isTelemetryPackage(name)) problems.push(`package-lock.json installs the telemetry package ${name} in production (${key})`);
  }
  return problems;
}

/** Where each telemetry package in the lockfile comes from (all of them should be dev-only). */
function telemetryPackagesInLock(packageLock) {
  return Object.entries(packageLock.packages || {})
    .filter(([key]) => key && isTelemetryPackage(lockPackageName(key)))
    .map(([key, entry]) => ({ key, name: lockPackageName(key), version: entry.version, dev: Boolean(entry.dev) }));
}

// ---------------------------------------------------------------- claim 4: CSP

/** Attributes of an HTML start tag's attribute text (quoted, single-quoted or unquoted, as minified HTML has them). */
function tagAttributes(attributeText) {
  const attributes = {};
  for (const match of attributeText.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attributes[match[1].toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return attributes;
}

/** The <meta> and <script> elements of a page, in document order. */
function pageElements(html) {
  const elements = [];
  for (const match of html.matchAll(/<(meta|script)\b([^>]*)>/gi)) {
    const name = match[1].toLowerCase();
    const element = { name, index: match.index, attributes: tagAttributes(match[2]) };
    if (name === 'script') {
      const close = html.indexOf('</script>', match.index + match[0].length);
      element.body = close === -1 ? '' : html.slice(match.index + match[0].length, close);
    }
    elements.push(element);
  }
  return elements;
}

/** Directive name → its sources. */
function parseCsp(policy) {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0] !== '')
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}

/** Sources that name no other origin: keywords, 'self', 'none', and data: for images. */
function isFirstPartySource(source, directive) {
  if (["'self'", "'none'", "'unsafe-inline'"].includes(source)) return true;
  return source === 'data:' && directive === 'img-src';
}

/** Problems with a page's policy, as TierBook's pages must have it (no third-party origin at all). */
function cspProblems(policy, { allowedScriptOrigins = [] } = {}) {
  const problems = [];
  const directives = parseCsp(policy);
  const defaultSources = directives.get('default-src');
  if (!defaultSources || defaultSources.join(' ') !== "'self'") problems.push(`default-src must be exactly 'self', is ${JSON.stringify(defaultSources)}`);
  if (/'unsafe-eval'|'wasm-unsafe-eval'/.test(policy)) problems.push("the policy allows 'unsafe-eval'");
  for (const name of ['script-src', 'default-src']) {
    if ((directives.get(name) || []).includes("'unsafe-inline'")) problems.push(`${name} allows 'unsafe-inline'`);
  }
  if ((directives.get('object-src') || []).join(' ') !== "'none'") problems.push("object-src must be 'none'");
  for (const [name, sources] of directives) {
    for (const source of sources) {
      if (isFirstPartySource(source, name)) continue;
      if (name === 'script-src' && allowedScriptOrigins.includes(source)) continue;
      problems.push(`${name} allows ${source}, which is not the add-in's own origin`);
    }
  }
  return problems;
}

/** Problems with a built page: its CSP (before any script), and scripts that are inline or from another origin. */
function pageProblems(html, options) {
  const elements = pageElements(html);
  const policies = elements.filter((element) => element.name === 'meta' && (element.attributes['http-equiv'] || '').toLowerCase() === 'content-security-policy');
  if (policies.length !== 1) return [`found ${policies.length} Content-Security-Policy <meta> elements, expected 1`];
  const problems = cspProblems(policies[0].attributes.content || '', options);
  const scripts = elements.filter((element) => element.name === 'script');
  if (scripts.some((script) => script.index < policies[0].index)) problems.push('a <script> comes before the CSP <meta>, which only covers what follows it');
  for (const script of scripts) {
    const source = script.attributes.src;
    if (source === undefined || script.body.trim() !== '') problems.push(`an inline <script> (${script.body.trim().slice(0, 60)}…)`);
    else if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(source) && !(options && options.allowedScriptOrigins || []).some((origin) => source.startsWith(`${origin}/`))) {
      problems.push(`<script src="${source}"> loads from another origin`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------- claim 6: webpack devtool

/** Problems with the devtool of a webpack configuration object: eval-based source maps need 'unsafe-eval'. */
function devtoolProblems(config) {
  const devtool = config.devtool;
  if (typeof devtool === 'string' && devtool.includes('eval')) return [`devtool "${devtool}" (mode ${config.mode}) wraps modules in eval()`];
  return [];
}

// ---------------------------------------------------------------- claim 7: npm audit

/** Problems with docs/audit-exceptions.json: every exception names its advisory, package, severity, reason, review and expiry. */
function auditExceptionsProblems(policy, today = new Date()) {
  const problems = [];
  if (typeof policy !== 'object' || policy === null || Array.isArray(policy)) return ['the exceptions file must hold a JSON object'];
  if (typeof policy.policy !== 'string' || policy.policy.trim() === '') problems.push('"policy" must say in words what may be excepted');
  if (!Array.isArray(policy.exceptions)) return [...problems, '"exceptions" must be an array'];
  const seen = new Set();
  policy.exceptions.forEach((exception, index) => {
    const where = `exceptions[${index}]`;
    if (typeof exception !== 'object' || exception === null) {
      problems.push(`${where} must be an object`);
      return;
    }
    if (typeof exception.advisory !== 'string' || !/^(GHSA(-[23456789cfghjmpqrvwx]{4}){3}|\d+)$/.test(exception.advisory)) {
      problems.push(`${where}.advisory must be a GHSA id (GHSA-xxxx-xxxx-xxxx) or an npm advisory number`);
    }
    if (typeof exception.package !== 'string' || exception.package.trim() === '') problems.push(`${where}.package must name the vulnerable package`);
    if (!SEVERITIES_THAT_FAIL.includes(exception.severity)) problems.push(`${where}.severity must be "high" or "critical" (lower severities never fail)`);
    if (typeof exception.reason !== 'string' || exception.reason.trim().length < 20) problems.push(`${where}.reason must explain why TierBook is not exposed (20+ characters)`);
    for (const field of ['reviewed', 'expires']) {
      if (typeof exception[field] !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(exception[field]) || Number.isNaN(Date.parse(exception[field]))) {
        problems.push(`${where}.${field} must be a date (YYYY-MM-DD)`);
      }
    }
    if (typeof exception.expires === 'string' && Date.parse(exception.expires) < today.getTime()) problems.push(`${where} (${exception.advisory}) expired on ${exception.expires}: review it again`);
    if (Date.parse(exception.expires) - Date.parse(exception.reviewed) > MAX_EXCEPTION_DAYS * DAY_MS) {
      problems.push(`${where} (${exception.advisory}) is excepted for more than ${MAX_EXCEPTION_DAYS} days after its review`);
    }
    const key = `${exception.advisory} ${exception.package}`;
    if (seen.has(key)) problems.push(`${where} repeats ${key}`);
    seen.add(key);
  });
  return problems;
}

/** The advisory id of an npm audit "via" entry: its GHSA id from the URL, else its npm source number. */
function advisoryId(via) {
  const ghsa = /GHSA(-[0-9a-z]{4}){3}/i.exec(via.url || '');
  return ghsa ? ghsa[0] : String(via.source);
}

/**
 * Judges an `npm audit --json` report (auditReportVersion 2) against the exceptions: "pass" when every high or
 * critical advisory is excepted, "fail" when one is not, "unavailable" when the report is an error (e.g. the
 * registry has no advisory service) — never a pass without an audit.
 */
function evaluateAudit(report, policy, today = new Date()) {
  if (!report || typeof report !== 'object' || report.auditReportVersion !== 2 || typeof report.vulnerabilities !== 'object') {
    const reason = report && (report.message || (report.error && (report.error.summary || report.error.code)));
    return { status: 'unavailable', reason: reason || 'not an npm audit report (auditReportVersion 2)', findings: [], excepted: [] };
  }
  const exceptions = (policy && Array.isArray(policy.exceptions) ? policy.exceptions : []).filter(
    (exception) => typeof exception.expires === 'string' && Date.parse(exception.expires) >= today.getTime(),
  );
  const findings = new Map();
  for (const vulnerability of Object.values(report.vulnerabilities)) {
    for (const via of vulnerability.via || []) {
      if (typeof via !== 'object' || !SEVERITIES_THAT_FAIL.includes(via.severity)) continue; // strings point at another entry's advisory
      const finding = { advisory: advisoryId(via), package: via.name || vulnerability.name, severity: via.severity, title: via.title || '', url: via.url || '', range: via.range || '' };
      findings.set(`${finding.advisory} ${finding.package}`, finding);
    }
  }
  const isExcepted = (finding) => exceptions.some((exception) => exception.advisory === finding.advisory && exception.package === finding.package);
  const all = [...findings.values()];
  const failing = all.filter((finding) => !isExcepted(finding));
  const counts = (report.metadata && report.metadata.vulnerabilities) || {};
  return { status: failing.length === 0 ? 'pass' : 'fail', findings: failing, excepted: all.filter(isExcepted), counts };
}

/** Runs `npm audit --omit=dev --json` in the repository; its exit status says nothing useful, its JSON does. */
function runNpmAudit(cwd = ROOT) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['audit', '--omit=dev', '--json'], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  try {
    return JSON.parse(run.stdout);
  } catch {
    return { message: `npm audit printed no JSON (exit ${run.status}): ${(run.stderr || '').trim().split('\n').slice(-1)[0] || 'no output'}` };
  }
}

// ---------------------------------------------------------------- CLI: imports and file access

/** Module specifiers a TypeScript file imports or requires (static imports, export-from, require, import()). */
function importedModules(text) {
  const specifiers = [];
  const patterns = [/\bimport\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?["']([^"']+)["']/g, /\bexport\s+[^'";]*?\s+from\s+["']([^"']+)["']/g, /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g, /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g];
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) specifiers.push(match[1]);
  return specifiers;
}

/** Imports of src/cli that are neither relative, nor an allowed Node module, nor an allowed package. */
function cliImportProblems(files = sourceFiles(CLI_DIR), root = ROOT) {
  const problems = [];
  for (const file of files) {
    for (const specifier of importedModules(scannableText(file))) {
      if (specifier.startsWith('.')) continue;
      const bare = specifier.replace(/^node:/, '');
      if (Object.hasOwn(CLI_NODE_MODULES, bare) || Object.hasOwn(CLI_PACKAGES, specifier)) continue;
      const fileModules = CLI_FILE_MODULES[path.relative(root, file).split(path.sep).join('/')];
      if (fileModules && Object.hasOwn(fileModules, bare)) continue;
      problems.push(`${path.relative(root, file)} imports "${specifier}", which is not on the CLI's allow-list (${[...Object.keys(CLI_NODE_MODULES), ...Object.keys(CLI_PACKAGES)].join(', ')})`);
    }
  }
  return problems;
}

/** Filesystem calls in src/cli that CLI_FILE_ACCESS does not list, and listed calls that no longer exist. */
function cliFileAccessProblems(files = sourceFiles(CLI_DIR), root = ROOT, allowed = CLI_FILE_ACCESS, lazy = CLI_LAZY_IMPORTS) {
  const problems = [];
  const used = new Set();
  const usedLazy = new Set();
  for (const file of files) {
    const text = scannableText(file);
    // Named imports (import { readFileSync } from 'fs') would hide calls from the scan below.
    for (const match of text.matchAll(/\bimport\s+([^'";]*?)\s+from\s+["'](?:node:)?(fs|fs\/promises|os)["']/g)) {
      if (!/^\*\s+as\s+(fs|os)$/.test(match[1].trim()) || match[2] === 'fs/promises') {
        problems.push(`${path.relative(root, file)} imports "${match[2]}" as "${match[1].trim()}": import it as \`* as ${match[2]}\` so that every call is reviewed`);
      }
    }
    for (const match of text.matchAll(CLI_ACCESS_CALL)) {
      const call = match[0].replace(/\s+/g, '').replace(/^\w+\.xlsx\./, 'workbook.xlsx.');
      if (call === 'import(') {
        const literal = /^import\s*\(\s*(["'])(\.[^"'`]*)\1\s*\)/.exec(text.slice(match.index))?.[2];
        const reviewed = literal === undefined ? undefined : lazy.find((candidate) => candidate.file === path.basename(file) && candidate.module === literal);
        if (reviewed) {
          usedLazy.add(reviewed);
          continue;
        }
      }
      if (call === 'require(' || call === 'import(') {
        problems.push(`${path.relative(root, file)}:${lineAndColumn(text, match.index).line} loads code at run time (${call}…)`);
        continue;
      }
      const entry = allowed.find((candidate) => candidate.file === path.basename(file) && candidate.call === call);
      if (entry) used.add(entry);
      else problems.push(`${path.relative(root, file)}:${lineAndColumn(text, match.index).line} calls ${call}, which is not a reviewed file access of the CLI`);
    }
  }
  for (const entry of allowed.filter((candidate) => !used.has(candidate))) problems.push(`the reviewed access ${entry.file}: ${entry.call} is no longer there: remove it from CLI_FILE_ACCESS`);
  for (const entry of lazy.filter((candidate) => !usedLazy.has(candidate))) problems.push(`the reviewed lazy import ${entry.file}: ${entry.module} is no longer there: remove it from CLI_LAZY_IMPORTS`);
  return problems;
}

// ---------------------------------------------------------------- every offline check

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** Every offline check, grouped by the claim of docs/security.md it backs. */
async function runChecks({ root = ROOT } = {}) {
  const srcDir = path.join(root, 'src');
  const distDir = path.join(root, 'dist');
  const bundles = bundleFiles(distDir);
  const sources = sourceFiles(srcDir);
  const results = [];
  const add = (claim, title, problems) => results.push({ claim, title, problems });

  const builtManifest = path.join(distDir, 'manifest.xml');
  add(1, 'manifest.xml', manifestProblems(fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8')));
  add(1, 'dist/manifest.xml', fs.existsSync(builtManifest) ? manifestProblems(fs.readFileSync(builtManifest, 'utf8')) : ['dist/manifest.xml is missing: run npm run build']);

  add(2, 'dist bundles present', bundles.length === 0 ? ['dist/ has no JavaScript: run npm run build'] : []);
  add(2, 'network APIs in dist bundles', scanFiles(bundles, NETWORK_RULES, root).map(describeHit));
  add(2, 'URLs in dist bundles', rejectedUrlsInFiles(bundles, root).map(describeHit));
  add(2, 'network APIs in src', scanFiles(sources, NETWORK_RULES, root).map(describeHit));
  add(2, 'URLs in src', rejectedUrlsInFiles(sources, root, SOURCE_URL_ALLOW_LIST).map(describeHit));

  add(3, 'telemetry dependencies', telemetryDependencyProblems(readJson(path.join(root, 'package.json')), readJson(path.join(root, 'package-lock.json'))));
  add(3, 'telemetry in dist bundles', scanFiles(bundles, TELEMETRY_RULES, root).map(describeHit));

  for (const page of ['taskpane.html', 'functions.html']) {
    const file = path.join(distDir, page);
    add(4, `dist/${page}`, fs.existsSync(file) ? pageProblems(fs.readFileSync(file, 'utf8')) : [`dist/${page} is missing: run npm run build`]);
  }

  add(5, 'storage APIs in src', scanFiles(sources, STORAGE_RULES, root).map(describeHit));
  add(5, 'storage APIs in dist bundles', scanFiles(bundles, STORAGE_RULES, root).map(describeHit));

  add(6, 'dynamic code in src', scanFiles(sources, DYNAMIC_CODE_RULES, root).map(describeHit));
  add(6, 'dynamic code in dist bundles', scanFiles(bundles, DYNAMIC_CODE_RULES, root).map(describeHit));
  const webpackConfig = require(path.join(root, 'webpack.config.js'));
  const configs = [await webpackConfig({}, { mode: 'production' }), await webpackConfig({}, { mode: 'development' })];
  add(6, 'webpack devtool', configs.flatMap(devtoolProblems));

  add(7, 'docs/audit-exceptions.json', fs.existsSync(path.join(root, 'docs', 'audit-exceptions.json')) ? auditExceptionsProblems(readJson(path.join(root, 'docs', 'audit-exceptions.json'))) : ['docs/audit-exceptions.json is missing']);

  add('cli', 'CLI imports', cliImportProblems(sourceFiles(path.join(srcDir, 'cli')), root));
  add('cli', 'CLI file access', cliFileAccessProblems(sourceFiles(path.join(srcDir, 'cli')), root));
  return results;
}

// ---------------------------------------------------------------- CLI

function parseArguments(argv) {
  const options = { json: false, audit: false };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === '--json') options.json = true;
    else if (argument === '--audit') options.audit = true;
    else if (argument === '--audit-report') options.auditReport = argv[++index];
    else throw new Error(`unknown argument ${argument}`);
  }
  if (options.auditReport === '') throw new Error('--audit-report needs a file');
  return options;
}

function printAudit(result, json) {
  if (json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  if (result.status === 'unavailable') {
    process.stdout.write(`? npm audit could not be run: ${result.reason}\n`);
    return;
  }
  for (const finding of result.findings) process.stdout.write(`✗ ${finding.severity} ${finding.advisory} in ${finding.package} ${finding.range}: ${finding.title} ${finding.url}\n`);
  for (const finding of result.excepted) process.stdout.write(`~ excepted: ${finding.severity} ${finding.advisory} in ${finding.package} (docs/audit-exceptions.json)\n`);
  const counts = Object.entries(result.counts || {}).map(([severity, count]) => `${severity} ${count}`).join(', ');
  process.stdout.write(result.status === 'pass' ? `✓ npm audit --omit=dev: no high or critical advisory outside the exceptions (${counts})\n` : `${result.findings.length} high/critical advisory(ies) not excepted (${counts})\n`);
}

async function main(argv) {
  const options = parseArguments(argv);
  if (options.audit || options.auditReport) {
    const policy = fs.existsSync(AUDIT_EXCEPTIONS_FILE) ? readJson(AUDIT_EXCEPTIONS_FILE) : { exceptions: [] };
    const policyProblems = auditExceptionsProblems(policy);
    if (policyProblems.length > 0) {
      for (const problem of policyProblems) process.stdout.write(`✗ [audit-exceptions] ${problem}\n`);
      return 1;
    }
    const report = options.auditReport ? readJson(path.resolve(options.auditReport)) : runNpmAudit();
    const result = evaluateAudit(report, policy);
    printAudit(result, options.json);
    return { pass: 0, fail: 1, unavailable: 3 }[result.status];
  }
  const results = await runChecks();
  const problemCount = results.reduce((sum, result) => sum + result.problems.length, 0);
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ results, unusedUrlAllowListEntries: unusedAllowListEntries(bundleFiles()) }, null, 2)}\n`);
  } else {
    for (const result of results) {
      process.stdout.write(`${result.problems.length === 0 ? '✓' : '✗'} [claim ${result.claim}] ${result.title}\n`);
      for (const problem of result.problems) process.stdout.write(`    ${problem}\n`);
    }
    for (const entry of unusedAllowListEntries(bundleFiles())) process.stdout.write(`  note: URL allow-list entry no longer used: ${entry.url}\n`);
    process.stdout.write(problemCount === 0 ? '✓ every security check passes\n' : `${problemCount} security problem(s)\n`);
  }
  return problemCount === 0 ? 0 : 1;
}

module.exports = {
  ROOT,
  OFFICE_JS_DIR,
  NETWORK_RULES,
  STORAGE_RULES,
  DYNAMIC_CODE_RULES,
  URL_ALLOW_LIST,
  SOURCE_URL_ALLOW_LIST,
  TELEMETRY_PACKAGES,
  TELEMETRY_RULES,
  CLI_NODE_MODULES,
  CLI_PACKAGES,
  CLI_FILE_MODULES,
  CLI_LAZY_IMPORTS,
  CLI_FILE_ACCESS,
  MAX_EXCEPTION_DAYS,
  listFiles,
  bundleFiles,
  sourceFiles,
  withoutComments,
  scanText,
  scanFiles,
  rejectedUrls,
  rejectedUrlsInFiles,
  unusedAllowListEntries,
  describeHit,
  manifestProblems,
  isTelemetryPackage,
  telemetryDependencyProblems,
  telemetryPackagesInLock,
  parseCsp,
  cspProblems,
  pageProblems,
  devtoolProblems,
  auditExceptionsProblems,
  evaluateAudit,
  runNpmAudit,
  importedModules,
  cliImportProblems,
  cliFileAccessProblems,
  runChecks,
};

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`security-check: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
