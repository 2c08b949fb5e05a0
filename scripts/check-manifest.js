#!/usr/bin/env node
/*
 * Offline check of manifest.xml (Office's own `office-addin-manifest validate` needs Microsoft's web service).
 * It runs every rule and reports every problem, not just the first.
 *
 *   node scripts/check-manifest.js                      manifest.xml against the webpack config (and dist/ if built)
 *   node scripts/check-manifest.js --built              dist/manifest.xml against dist/ (after npm run build)
 *   node scripts/check-manifest.js --manifest F --base-url U [--dist D | --no-dist] [--json]
 *
 * Rules are data: CHECKS is a list of [rule, check(manifest, context) => problems].
 */
'use strict';

const fs = require('fs');
const path = require('path');
const { XMLParser, XMLValidator } = require('fast-xml-parser');

const ROOT = path.resolve(__dirname, '..');

const OFFICE_APP_NAMESPACE = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const TASKPANE_OVERRIDES_NAMESPACE = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';
const REQUIRED_PERMISSION = 'ReadWriteDocument';
const FUNCTIONS_NAMESPACE = 'TIER';
const CHINESE_LOCALE = 'zh-cn';
/** Size in px that Office expects for the add-in's own icons (task pane add-ins: 32 and 64). */
const BASE_ICON_SIZES = { IconUrl: 32, HighResolutionIconUrl: 64 };
const RIBBON_ICON_SIZES = ['16', '32', '80'];
/** Office's limits on resource ids and strings. */
const LIMITS = { resid: 32, ShortStrings: 125, LongStrings: 250 };
/** Which resource collection each kind of reference must point into. */
const RESOURCE_KIND_BY_REFERENCE = {
  'bt:Image': 'bt:Images',
  SourceLocation: 'bt:Urls',
  FunctionFile: 'bt:Urls',
  LearnMoreUrl: 'bt:Urls',
  Label: 'bt:ShortStrings',
  Title: 'bt:ShortStrings',
  Namespace: 'bt:ShortStrings',
  Description: 'bt:LongStrings',
};
const RESOURCE_COLLECTIONS = ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'];

// ---------------------------------------------------------------- XML tree

/**
 * @typedef {{ name: string, attributes: Record<string, string>, children: XmlElement[], text: string, parent?: XmlElement }} XmlElement
 * @typedef {{ rule: string, message: string }} ManifestProblem
 */

function toElement(name, node, parent) {
  /** @type {XmlElement} */
  const element = { name, attributes: { ...(node[':@'] || {}) }, children: [], text: '', parent };
  for (const child of node[name] || []) {
    if ('#text' in child) {
      element.text += String(child['#text']);
      continue;
    }
    const childName = Object.keys(child).find((key) => key !== ':@');
    if (childName && !childName.startsWith('?')) element.children.push(toElement(childName, child, element));
  }
  return element;
}

function parseXml(xml) {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    preserveOrder: true,
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
  });
  const nodes = parser.parse(xml);
  const rootNode = nodes.find((node) => !Object.keys(node).some((key) => key.startsWith('?')));
  if (!rootNode) return undefined;
  const rootName = Object.keys(rootNode).find((key) => key !== ':@');
  return toElement(rootName, rootNode, undefined);
}

/** Every element below (and including) `element`, document order. */
function descendants(element) {
  return [element, ...element.children.flatMap(descendants)];
}

function named(element, name) {
  return descendants(element).filter((candidate) => candidate.name === name);
}

function child(element, name) {
  return element && element.children.find((candidate) => candidate.name === name);
}

function describe(element) {
  const names = [];
  for (let current = element; current; current = current.parent) names.unshift(current.name);
  return names.join('/');
}

// ---------------------------------------------------------------- resources

/** resid → { collection, element } for every resource defined under VersionOverrides/Resources. */
function resourcesById(manifest) {
  const resources = new Map();
  for (const collectionName of RESOURCE_COLLECTIONS) {
    for (const collection of named(manifest, collectionName)) {
      for (const element of collection.children) resources.set(element.attributes.id, { collection: collectionName, element });
    }
  }
  return resources;
}

/** Elements that point at a resource through `resid`. */
function resourceReferences(manifest) {
  return descendants(manifest).filter((element) => element.attributes.resid !== undefined);
}

function resourceValue(manifest, resid) {
  const resource = resourcesById(manifest).get(resid);
  return resource && resource.element.attributes.DefaultValue;
}

// ---------------------------------------------------------------- PNG

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, or undefined if `bytes` is not a PNG. */
function pngSize(bytes) {
  if (!bytes || bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return undefined;
  if (bytes.toString('ascii', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// ---------------------------------------------------------------- URLs

function isUrl(value) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) || value.startsWith('//');
}

/** Every URL-valued attribute in the manifest, with the element that holds it. */
function urlAttributes(manifest) {
  const found = [];
  for (const element of descendants(manifest)) {
    for (const [attribute, value] of Object.entries(element.attributes)) {
      if (attribute.startsWith('xmlns') || attribute === 'xsi:type') continue;
      if (isUrl(value)) found.push({ element, attribute, url: value });
    }
    if (element.name === 'AppDomain' && element.text) found.push({ element, attribute: '#text', url: element.text });
  }
  return found;
}

/** Path of `url` relative to the add-in's base URL, or undefined when it is elsewhere. */
function relativeToBase(url, baseUrl) {
  return url.startsWith(baseUrl) ? url.slice(baseUrl.length).split(/[?#]/)[0] : undefined;
}

// ---------------------------------------------------------------- rules

function problem(rule, message) {
  return { rule, message };
}

function checkRoot(manifest) {
  const problems = [];
  if (manifest.name !== 'OfficeApp') problems.push(problem('root', `root element is <${manifest.name}>, not <OfficeApp>`));
  if (manifest.attributes['xsi:type'] !== 'TaskPaneApp') problems.push(problem('root', `OfficeApp xsi:type is "${manifest.attributes['xsi:type']}", not "TaskPaneApp"`));
  if (manifest.attributes.xmlns !== OFFICE_APP_NAMESPACE) problems.push(problem('root', `OfficeApp xmlns is "${manifest.attributes.xmlns}", not ${OFFICE_APP_NAMESPACE}`));
  return problems;
}

function checkIdentity(manifest) {
  const problems = [];
  const id = (child(manifest, 'Id') || { text: '' }).text;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) problems.push(problem('identity', `Id "${id}" is not a GUID`));
  const version = (child(manifest, 'Version') || { text: '' }).text;
  // Excel on the web rejects versions with fewer than four parts even where the desktop accepts them.
  if (!/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/.test(version)) problems.push(problem('identity', `Version "${version}" is not n.n.n.n`));
  if (!(child(manifest, 'ProviderName') || { text: '' }).text) problems.push(problem('identity', 'ProviderName is empty'));
  const locale = (child(manifest, 'DefaultLocale') || { text: '' }).text;
  if (locale !== 'en-US') problems.push(problem('identity', `DefaultLocale is "${locale}", not en-US`));
  if (!child(manifest, 'SupportUrl')) problems.push(problem('identity', 'SupportUrl is missing'));
  return problems;
}

function checkHosts(manifest) {
  const problems = [];
  const hostNames = ((child(manifest, 'Hosts') || { children: [] }).children).map((host) => host.attributes.Name);
  if (hostNames.join(',') !== 'Workbook') problems.push(problem('hosts', `base Hosts are [${hostNames.join(', ')}], not [Workbook]`));
  const overrideHosts = named(manifest, 'VersionOverrides')
    .flatMap((overrides) => (child(overrides, 'Hosts') || { children: [] }).children)
    .map((host) => host.attributes['xsi:type']);
  if (overrideHosts.join(',') !== 'Workbook') problems.push(problem('hosts', `VersionOverrides hosts are [${overrideHosts.join(', ')}], not [Workbook]`));
  return problems;
}

function checkPermissions(manifest) {
  const permissions = named(manifest, 'Permissions').map((element) => element.text);
  return permissions.length === 1 && permissions[0] === REQUIRED_PERMISSION
    ? []
    : [problem('permissions', `Permissions are [${permissions.join(', ')}], not exactly ${REQUIRED_PERMISSION}`)];
}

function checkNoAppDomains(manifest) {
  return named(manifest, 'AppDomains').length === 0 ? [] : [problem('app-domains', 'AppDomains is present; TierBook navigates to no other domain')];
}

function checkRuntime(manifest) {
  const problems = [];
  const sets = named(child(manifest, 'Requirements') || { children: [] }, 'Set');
  const functionsSet = sets.find((set) => set.attributes.Name === 'CustomFunctionsRuntime');
  if (!functionsSet) problems.push(problem('runtime', 'Requirements has no CustomFunctionsRuntime set'));
  else if (!/^1\.\d+$/.test(functionsSet.attributes.MinVersion || '')) problems.push(problem('runtime', `CustomFunctionsRuntime MinVersion "${functionsSet.attributes.MinVersion}" is not 1.x`));
  for (const set of named(manifest, 'Set').filter((element) => element.attributes.Name === 'SharedRuntime')) {
    problems.push(problem('runtime', `${describe(set)} requires SharedRuntime; TierBook's functions use the JavaScript-only runtime`));
  }
  for (const runtimes of named(manifest, 'Runtimes')) problems.push(problem('runtime', `${describe(runtimes)} declares a shared runtime`));
  return problems;
}

function checkVersionOverrides(manifest) {
  const overrides = named(manifest, 'VersionOverrides');
  const problems = [];
  if (overrides.length !== 1) problems.push(problem('version-overrides', `found ${overrides.length} VersionOverrides; a TaskPaneApp supports exactly one, of version 1.0`));
  for (const element of overrides) {
    if (element.attributes['xsi:type'] !== 'VersionOverridesV1_0') problems.push(problem('version-overrides', `${describe(element)} has xsi:type "${element.attributes['xsi:type']}", not VersionOverridesV1_0`));
    if (element.attributes.xmlns !== TASKPANE_OVERRIDES_NAMESPACE) problems.push(problem('version-overrides', `${describe(element)} has xmlns "${element.attributes.xmlns}", not ${TASKPANE_OVERRIDES_NAMESPACE}`));
  }
  return problems;
}

function checkResourceReferences(manifest) {
  const problems = [];
  const resources = resourcesById(manifest);
  const referenced = new Set();
  for (const reference of resourceReferences(manifest)) {
    const resid = reference.attributes.resid;
    referenced.add(resid);
    const resource = resources.get(resid);
    if (!resource) {
      problems.push(problem('resources', `${describe(reference)} uses resid "${resid}", which no Resources collection defines`));
      continue;
    }
    const expectedCollection = RESOURCE_KIND_BY_REFERENCE[reference.name];
    if (expectedCollection && resource.collection !== expectedCollection) {
      problems.push(problem('resources', `${describe(reference)} uses resid "${resid}" from ${resource.collection}; it needs one from ${expectedCollection}`));
    }
  }
  for (const [id, resource] of resources) {
    if (!referenced.has(id)) problems.push(problem('resources', `${resource.collection} defines "${id}", which nothing uses`));
  }
  return problems;
}

function checkUniqueIds(manifest) {
  const seen = new Map();
  for (const element of descendants(manifest)) {
    const id = element.attributes.id;
    if (id === undefined) continue;
    seen.set(id, [...(seen.get(id) || []), describe(element)]);
  }
  return [...seen]
    .filter(([, places]) => places.length > 1)
    .map(([id, places]) => problem('ids', `id "${id}" is used ${places.length} times: ${places.join(', ')}`));
}

function checkLimits(manifest) {
  const problems = [];
  const resourceIds = RESOURCE_COLLECTIONS.flatMap((name) => named(manifest, name)).flatMap((collection) => collection.children);
  const ids = [
    ...resourceIds.map((element) => [element, 'id', element.attributes.id]),
    ...resourceReferences(manifest).map((element) => [element, 'resid', element.attributes.resid]),
  ];
  for (const [element, attribute, value] of ids) {
    if ((value || '').length > LIMITS.resid) problems.push(problem('limits', `${describe(element)} ${attribute} "${value}" is longer than ${LIMITS.resid} characters`));
  }
  for (const collection of ['ShortStrings', 'LongStrings']) {
    for (const string of named(manifest, `bt:${collection}`).flatMap((element) => element.children)) {
      const values = [string.attributes.DefaultValue || '', ...string.children.map((override) => override.attributes.Value || '')];
      for (const value of values) {
        if (value.length > LIMITS[collection]) problems.push(problem('limits', `${collection} "${string.attributes.id}" has a value longer than ${LIMITS[collection]} characters`));
      }
    }
  }
  return problems;
}

function checkHttps(manifest) {
  return urlAttributes(manifest)
    .filter(({ url }) => !url.toLowerCase().startsWith('https://'))
    .map(({ element, attribute, url }) => problem('https', `${describe(element)} ${attribute} is not https: ${url}`));
}

/** [url, expected px, where] for every icon the manifest shows. */
function iconUrls(manifest) {
  const icons = [];
  for (const [elementName, size] of Object.entries(BASE_ICON_SIZES)) {
    for (const element of named(manifest, elementName)) {
      icons.push([element.attributes.DefaultValue, size, describe(element)]);
      for (const override of element.children) icons.push([override.attributes.Value, size, describe(override)]);
    }
  }
  const imageSizes = new Map();
  for (const usage of named(manifest, 'bt:Image').filter((element) => element.attributes.resid !== undefined)) {
    imageSizes.set(usage.attributes.resid, [...(imageSizes.get(usage.attributes.resid) || []), Number(usage.attributes.size)]);
  }
  for (const image of named(manifest, 'bt:Images').flatMap((element) => element.children)) {
    for (const size of new Set(imageSizes.get(image.attributes.id) || [])) {
      icons.push([image.attributes.DefaultValue, size, `bt:Image "${image.attributes.id}"`]);
      for (const override of image.children) icons.push([override.attributes.Value, size, `bt:Image "${image.attributes.id}" ${override.attributes.Locale}`]);
    }
  }
  return icons;
}

function checkIcons(manifest, context) {
  const problems = [];
  for (const [url, size, where] of iconUrls(manifest)) {
    const relative = relativeToBase(url || '', context.baseUrl);
    if (relative === undefined || !relative.startsWith('assets/')) {
      problems.push(problem('icons', `${where} icon ${url} is not under ${context.baseUrl}assets/`));
      continue;
    }
    const dimensions = pngSize(context.readFile(relative));
    if (!dimensions) problems.push(problem('icons', `${where} icon ${relative} is missing or not a PNG`));
    else if (dimensions.width !== size || dimensions.height !== size) {
      problems.push(problem('icons', `${where} icon ${relative} is ${dimensions.width}x${dimensions.height}, not ${size}x${size}`));
    }
  }
  for (const icon of named(manifest, 'Icon')) {
    const sizes = new Set(icon.children.map((image) => image.attributes.size));
    for (const size of RIBBON_ICON_SIZES) {
      if (!sizes.has(size)) problems.push(problem('icons', `${describe(icon)} has no ${size}px image (16, 32 and 80 are required)`));
    }
  }
  return problems;
}

function checkUrlsAreEmitted(manifest, context) {
  const problems = [];
  for (const { element, attribute, url } of urlAttributes(manifest)) {
    const relative = relativeToBase(url, context.baseUrl);
    if (relative === undefined) {
      problems.push(problem('emitted-urls', `${describe(element)} ${attribute} ${url} is not under the add-in's base URL ${context.baseUrl}`));
      continue;
    }
    if (relative === '') continue; // the site root (SupportUrl) is a page of the host, not a build output
    if (!context.emittedFiles.has(relative)) problems.push(problem('emitted-urls', `${describe(element)} ${attribute} points at ${relative}, which the webpack build does not emit`));
    else if (context.distDir && !fs.existsSync(path.join(context.distDir, relative))) {
      problems.push(problem('emitted-urls', `${describe(element)} ${attribute} points at ${relative}, which is missing from ${context.distDir}`));
    }
  }
  return problems;
}

function checkCustomFunctions(manifest, context) {
  const problems = [];
  const points = named(manifest, 'ExtensionPoint').filter((element) => element.attributes['xsi:type'] === 'CustomFunctions');
  if (points.length !== 1) return [problem('custom-functions', `found ${points.length} CustomFunctions extension points, expected 1`)];
  const [point] = points;
  if (!point.parent || point.parent.name !== 'AllFormFactors') problems.push(problem('custom-functions', `CustomFunctions extension point is in ${point.parent && point.parent.name}, not AllFormFactors`));
  for (const [part, expectedFile] of Object.entries(context.functionsFiles)) {
    const resid = (child(child(point, part), 'SourceLocation') || { attributes: {} }).attributes.resid;
    const url = resid && resourceValue(manifest, resid);
    const relative = url && relativeToBase(url, context.baseUrl);
    if (relative !== expectedFile) problems.push(problem('custom-functions', `CustomFunctions ${part} is ${url || 'missing'}; the build emits it as ${context.baseUrl}${expectedFile}`));
  }
  const namespace = child(point, 'Namespace');
  const namespaceValue = namespace && resourceValue(manifest, namespace.attributes.resid);
  if (namespaceValue !== FUNCTIONS_NAMESPACE) problems.push(problem('custom-functions', `functions namespace is "${namespaceValue}", not ${FUNCTIONS_NAMESPACE}`));
  return problems;
}

function checkRibbon(manifest, context) {
  const problems = [];
  const surfaces = named(manifest, 'ExtensionPoint').filter((element) => element.attributes['xsi:type'] === 'PrimaryCommandSurface');
  const homeTabs = surfaces.flatMap((surface) => named(surface, 'OfficeTab')).filter((tab) => tab.attributes.id === 'TabHome');
  const groups = homeTabs.flatMap((tab) => named(tab, 'Group'));
  if (groups.length !== 1) return [problem('ribbon', `found ${groups.length} groups on the Home tab, expected TierBook's one`)];
  const buttons = named(groups[0], 'Control').filter((control) => control.attributes['xsi:type'] === 'Button');
  const showTaskpane = buttons.flatMap((button) => named(button, 'Action')).filter((action) => action.attributes['xsi:type'] === 'ShowTaskpane');
  if (showTaskpane.length !== 1) problems.push(problem('ribbon', `found ${showTaskpane.length} ShowTaskpane buttons in the group, expected 1`));
  for (const action of showTaskpane) {
    const resid = (child(action, 'SourceLocation') || { attributes: {} }).attributes.resid;
    const url = resid && resourceValue(manifest, resid);
    if (relativeToBase(url || '', context.baseUrl) !== context.taskpanePage) problems.push(problem('ribbon', `the button opens ${url}, not ${context.baseUrl}${context.taskpanePage}`));
  }
  for (const location of named(child(manifest, 'DefaultSettings') || { children: [] }, 'SourceLocation')) {
    if (relativeToBase(location.attributes.DefaultValue || '', context.baseUrl) !== context.taskpanePage) {
      problems.push(problem('ribbon', `DefaultSettings SourceLocation is ${location.attributes.DefaultValue}, not the task pane page`));
    }
  }
  return problems;
}

function hasChineseOverride(element) {
  return element.children.some((override) => (override.attributes.Locale || '').toLowerCase() === CHINESE_LOCALE && (override.attributes.Value || '').trim() !== '');
}

function checkChineseOverrides(manifest) {
  const problems = [];
  for (const name of ['DisplayName', 'Description']) {
    const element = child(manifest, name);
    if (!element || !hasChineseOverride(element)) problems.push(problem('zh-CN', `${name} has no zh-CN Override`));
  }
  const resources = resourcesById(manifest);
  const displayedStrings = new Set(
    resourceReferences(manifest)
      .filter((reference) => reference.name !== 'Namespace') // TIER stays TIER in every language
      .map((reference) => reference.attributes.resid),
  );
  for (const resid of displayedStrings) {
    const resource = resources.get(resid);
    if (!resource || (resource.collection !== 'bt:ShortStrings' && resource.collection !== 'bt:LongStrings')) continue;
    if (!hasChineseOverride(resource.element)) problems.push(problem('zh-CN', `${resource.collection} "${resid}" has no zh-CN bt:Override`));
  }
  return problems;
}

/** Every rule, in the order problems are reported. */
const CHECKS = [
  ['root', checkRoot],
  ['identity', checkIdentity],
  ['hosts', checkHosts],
  ['permissions', checkPermissions],
  ['app-domains', checkNoAppDomains],
  ['runtime', checkRuntime],
  ['version-overrides', checkVersionOverrides],
  ['resources', checkResourceReferences],
  ['ids', checkUniqueIds],
  ['limits', checkLimits],
  ['https', checkHttps],
  ['icons', checkIcons],
  ['emitted-urls', checkUrlsAreEmitted],
  ['custom-functions', checkCustomFunctions],
  ['ribbon', checkRibbon],
  ['zh-CN', checkChineseOverrides],
];

/** Runs every rule on manifest XML text and returns all problems found (empty when the manifest passes). */
function checkManifestXml(xml, context) {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [problem('xml', `not well-formed XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`)];
  const manifest = parseXml(xml);
  if (!manifest) return [problem('xml', 'the document has no root element')];
  return CHECKS.flatMap(([rule, check]) => {
    try {
      return check(manifest, context);
    } catch (error) {
      return [problem(rule, `the check itself failed: ${error instanceof Error ? error.message : String(error)}`)];
    }
  });
}

// ---------------------------------------------------------------- context from the webpack config

/**
 * What the webpack build emits and where files are read from. `distDir`, when given, is also checked for
 * every referenced file; otherwise icons are read from the source assets/ folder.
 */
function buildContext({ baseUrl, distDir, rootDir = ROOT } = {}) {
  const build = require(path.join(rootDir, 'webpack.config.js'));
  const functionsEntry = Object.entries(build.ENTRIES).find(([, source]) => source === build.FUNCTIONS_METADATA.input);
  const functionsPage = build.PAGES.find((page) => functionsEntry && page.chunk === functionsEntry[0]);
  const taskpanePage = build.PAGES.find((page) => page.chunk === 'taskpane');
  return {
    baseUrl: baseUrl || build.DEV_BASE_URL,
    emittedFiles: new Set(build.emittedFiles()),
    distDir,
    functionsFiles: {
      Script: functionsEntry ? `${functionsEntry[0]}.js` : '(no functions entry)',
      Page: functionsPage ? functionsPage.filename : '(no functions page)',
      Metadata: build.FUNCTIONS_METADATA.output,
    },
    taskpanePage: taskpanePage ? taskpanePage.filename : '(no task pane page)',
    readFile(relative) {
      const file = distDir ? path.join(distDir, relative) : path.join(rootDir, relative);
      return fs.existsSync(file) ? fs.readFileSync(file) : undefined;
    },
  };
}

// ---------------------------------------------------------------- CLI

function parseArguments(argv) {
  const options = { json: false, built: false, useDist: true };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === '--json') options.json = true;
    else if (argument === '--built') options.built = true;
    else if (argument === '--no-dist') options.useDist = false;
    else if (argument === '--manifest') options.manifest = argv[++index];
    else if (argument === '--base-url') options.baseUrl = argv[++index];
    else if (argument === '--dist') options.dist = argv[++index];
    else throw new Error(`unknown argument ${argument}`);
  }
  return options;
}

/**
 * The base URL a built manifest was made for: TIERBOOK_BASE_URL when set (as the build read it), else the
 * folder of its DefaultSettings page; the rules then check that every other URL shares it.
 */
function builtBaseUrl(xml, build) {
  if ((process.env.TIERBOOK_BASE_URL || '').trim()) return build.productionBaseUrl();
  if (xml.includes(build.DEV_BASE_URL)) return build.DEV_BASE_URL;
  const manifest = parseXml(xml);
  const page = manifest && named(manifest, 'DefaultSettings').flatMap((settings) => named(settings, 'SourceLocation'))[0];
  const url = (page && page.attributes.DefaultValue) || '';
  return url.slice(0, url.lastIndexOf('/') + 1) || build.productionBaseUrl();
}

function main(argv) {
  const options = parseArguments(argv);
  const build = require(path.join(ROOT, 'webpack.config.js'));
  const defaultDist = path.join(ROOT, 'dist');
  const distDir = options.dist
    ? path.resolve(options.dist)
    : options.built || (options.useDist && fs.existsSync(path.join(defaultDist, build.MANIFEST_FILE)))
      ? defaultDist
      : undefined;
  const manifestPath = path.resolve(options.manifest || (options.built ? path.join(ROOT, 'dist', build.MANIFEST_FILE) : path.join(ROOT, build.MANIFEST_FILE)));
  if (!fs.existsSync(manifestPath)) throw new Error(`${manifestPath} does not exist${options.built ? ' (run npm run build first)' : ''}`);
  const xml = fs.readFileSync(manifestPath, 'utf8');
  const baseUrl = options.baseUrl || (options.built ? builtBaseUrl(xml, build) : build.DEV_BASE_URL);
  const problems = checkManifestXml(xml, buildContext({ baseUrl, distDir }));
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ manifest: manifestPath, baseUrl, distDir, problems }, null, 2)}\n`);
  } else {
    const where = `${path.relative(process.cwd(), manifestPath) || manifestPath} (base ${baseUrl}${distDir ? `, files in ${path.relative(process.cwd(), distDir) || distDir}` : ''})`;
    for (const { rule, message } of problems) process.stdout.write(`✗ [${rule}] ${message}\n`);
    process.stdout.write(problems.length === 0 ? `✓ ${where}: all ${CHECKS.length} manifest rules pass\n` : `${problems.length} problem(s) in ${where}\n`);
  }
  return problems.length === 0 ? 0 : 1;
}

module.exports = { CHECKS, checkManifestXml, buildContext, parseXml, pngSize };

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`check-manifest: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
