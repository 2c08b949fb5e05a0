/**
 * Generic proxy machinery shared by every fake Office object: object creation queues an "instantiate"
 * command (so getItem('missing') fails at sync, and *OrNullObject results get isNullObject after sync,
 * as office.js's ClientObject constructor does), property writes and method calls queue commands, and
 * `load()` queues a snapshot of scalar properties that becomes readable only after the sync commits.
 */
import { officeError, propertyNotLoaded } from './errors';
import type { EventRegistry } from './events';
import { jsonByteLength } from './jsonSize';
import type { PivotModel, WorkbookModel } from './workbookModel';

export interface ExecEnv {
  model: WorkbookModel;
  maxCellsPerRead: number;
  cellsRead: number;
  cellsWritten: number;
  commits: Array<() => void>;
  responses: unknown[];
  /**
   * PivotTables whose layout changed in this request and are not drawn yet (pivotObjects.ts): drawn once, before the
   * next command that is not a PivotTable layout command and at the end of the request, as Excel draws a PivotTable
   * once per batch of layout changes rather than once per field added.
   */
  pivotRenders: Set<PivotModel>;
}

export interface Command {
  descriptor: unknown;
  run(env: ExecEnv): void;
  /** A PivotTable layout command (on a PivotTable object, not a load): pending PivotTable drawing may wait past it. */
  pivotLayout?: boolean;
}

/** The PivotTable objects whose commands change a layout without reading the sheet (pivotObjects.ts). */
const PIVOT_LAYOUT_TYPES: ReadonlySet<string> = new Set([
  'PivotTableCollection', 'PivotTable', 'PivotHierarchyCollection', 'PivotHierarchy', 'RowColumnPivotHierarchyCollection',
  'RowColumnPivotHierarchy', 'DataPivotHierarchyCollection', 'DataPivotHierarchy', 'PivotLayout',
]);

/** What proxy objects need from their request context. */
export interface ContextInternals {
  readonly executing: ExecEnv | null;
  readonly events: EventRegistry;
  readonly isClosed: boolean;
  enqueue(command: Command): void;
  requireApi(typeName: string, member: string): void;
  supportsApi(typeName: string, member: string): boolean;
  nextObjectId(): number;
  asRequestContext(): Excel.RequestContext;
}

export type LoadArg = string | string[] | object;

export interface ScalarSpec<E> {
  get?(entity: E, env: ExecEnv): unknown;
  set?(entity: E, value: unknown, env: ExecEnv): void;
  /** Number of cells this property reads (cell-data properties obey the 5,000,000-cell read cap). */
  cells?(entity: E): number;
  /** Excluded from a parameterless load() (like Range.numberFormatCategories in real Excel). */
  explicitOnly?: boolean;
}

interface LoadTree {
  all: boolean;
  scalars: Set<string>;
  navs: Map<string, LoadTree>;
  top?: number;
  skip?: number;
}

function emptyTree(all = false): LoadTree {
  return { all, scalars: new Set(), navs: new Map() };
}

function addPath(tree: LoadTree, path: string): void {
  const [head, ...rest] = path.split('/').map((s) => s.trim());
  if (!head) return;
  if (rest.length === 0) tree.scalars.add(head);
  else {
    if (!tree.navs.has(head)) tree.navs.set(head, emptyTree());
    addPath(tree.navs.get(head) as LoadTree, rest.join('/'));
  }
}

function pathsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.split(',');
  return Array.isArray(value) ? value.flatMap((v) => pathsOf(v)) : [];
}

function bagToPaths(bag: Record<string, unknown>, prefix: string, tree: LoadTree): void {
  for (const [key, value] of Object.entries(bag)) {
    if (key === '$all' && value === true && !prefix) tree.all = true;
    else if (key === '$top' && typeof value === 'number') tree.top = value;
    else if (key === '$skip' && typeof value === 'number') tree.skip = value;
    else if (value === true) addPath(tree, prefix + key);
    else if (value && typeof value === 'object') bagToPaths(value as Record<string, unknown>, `${prefix}${key}/`, tree);
  }
}

/** Accepts every form office.js accepts: none, "a, b/c", ["a"], {select, expand, top, skip}, {a: true, b: {c: true}}. */
export function parseLoadOption(option?: LoadArg): LoadTree {
  if (option === undefined || option === null) return emptyTree(true);
  const tree = emptyTree();
  if (typeof option === 'string' || Array.isArray(option)) {
    pathsOf(option).forEach((p) => addPath(tree, p));
  } else if ('select' in option || 'expand' in option || 'top' in option || 'skip' in option) {
    const o = option as OfficeExtension.LoadOption;
    pathsOf(o.select).forEach((p) => addPath(tree, p));
    for (const nav of pathsOf(o.expand)) if (!tree.navs.has(nav.trim())) tree.navs.set(nav.trim(), emptyTree(true));
    if (!o.select) tree.all = true;
    tree.top = o.top;
    tree.skip = o.skip;
  } else {
    bagToPaths(option as Record<string, unknown>, '', tree);
  }
  if (!tree.all && tree.scalars.size === 0 && tree.navs.size === 0) tree.all = true;
  return tree;
}

function describeArg(arg: unknown): unknown {
  if (arg instanceof FakeObject) return { $ref: arg._id };
  if (typeof arg === 'function') return undefined;
  return arg;
}

type Source<E> =
  | { bound: E }
  | { parent: FakeObject<unknown> | null; resolve: (env: ExecEnv) => E | null; orNull: boolean; label: string; args: unknown[] };

interface ClassMeta {
  scalars: Record<string, ScalarSpec<never>>;
  navs: Record<string, (self: FakeObject<never>) => FakeObject<unknown>>;
}

export abstract class FakeObject<E> {
  readonly _id: number;
  _entity: E | undefined;
  _null = false;
  _isNull: boolean | undefined;
  readonly _loaded = new Map<string, unknown>();
  private readonly navCache = new Map<string, FakeObject<unknown>>();
  private readonly source: Source<E>;

  constructor(readonly _ctx: ContextInternals, readonly _type: string, source: Source<E>) {
    this._id = _ctx.nextObjectId();
    this.source = source;
    if ('bound' in source) {
      this._entity = source.bound;
      this._isNull = false;
      return;
    }
    const env = _ctx.executing;
    if (env) this.instantiate(env);
    else {
      _ctx.enqueue({
        descriptor: { i: this._id, p: source.parent?._id ?? 0, m: source.label, a: source.args.map(describeArg) },
        run: (e) => this.instantiate(e),
        pivotLayout: PIVOT_LAYOUT_TYPES.has(_type),
      });
    }
  }

  private instantiate(env: ExecEnv): void {
    const source = this.source;
    if ('bound' in source) return;
    const parentNull = source.parent?._null === true;
    const entity = parentNull ? null : source.resolve(env);
    if (entity === null && !source.orNull && !parentNull) {
      throw officeError('ItemNotFound', `${this._type} from ${source.label}(${source.args.map((a) => JSON.stringify(describeArg(a))).join(', ')})`, `${this._type}`);
    }
    const previous = { entity: this._entity, isNull: this._null };
    env.model.journal.record(() => {
      this._entity = previous.entity;
      this._null = previous.isNull;
    });
    this._entity = entity ?? undefined;
    this._null = entity === null;
    env.commits.push(() => {
      this._isNull = entity === null;
    });
  }

  /** The bound model entity; operations on a null object fail with ItemNotFound. */
  _need(env: ExecEnv): E {
    if (this._entity === undefined && !this._null) this.instantiate(env);
    if (this._null || this._entity === undefined) {
      throw officeError('ItemNotFound', `the ${this._type} is a null object`, this._type);
    }
    return this._entity;
  }

  get context(): Excel.RequestContext {
    return this._ctx.asRequestContext();
  }

  /** Readable after any sync that followed this object's creation (office.js auto-loads it). */
  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded(this._type, 'isNullObject');
    return this._isNull;
  }

  _read(name: string): unknown {
    if (this._isNull === true) return null;
    if (!this._loaded.has(name)) throw propertyNotLoaded(this._type, name);
    return this._loaded.get(name);
  }

  private meta(): ClassMeta {
    return (Object.getPrototypeOf(this) as { _meta: ClassMeta })._meta;
  }

  _nav(name: string): FakeObject<unknown> {
    let child = this.navCache.get(name);
    if (!child) {
      const make = this.meta().navs[name];
      if (!make) throw officeError('InvalidArgument', `'${name}' is not a navigation property of ${this._type}`);
      child = make(this as unknown as FakeObject<never>);
      this.navCache.set(name, child);
    }
    return child;
  }

  /** Queues a command against this object's entity. */
  _act(member: string, args: unknown[], run: (entity: E, env: ExecEnv) => void): void {
    this._ctx.requireApi(this._type, member);
    this._ctx.enqueue({
      descriptor: { o: this._id, m: member, a: args.map(describeArg) },
      run: (env) => run(this._need(env), env),
      pivotLayout: PIVOT_LAYOUT_TYPES.has(this._type),
    });
  }

  /** Creates a child proxy resolved from this object's entity at sync time. */
  _child<C extends FakeObject<CE>, CE>(
    make: (ctx: ContextInternals, source: Source<CE>) => C,
    member: string,
    args: unknown[],
    resolve: (entity: E, env: ExecEnv) => CE | null,
    orNull = false,
  ): C {
    this._ctx.requireApi(this._type, member);
    return make(this._ctx, { parent: this, resolve: (env) => resolve(this._need(env), env), orNull, label: member, args });
  }

  _result<T>(member: string, args: unknown[], compute: (entity: E, env: ExecEnv) => T): OfficeExtension.ClientResult<T> {
    const result = new FakeClientResult<T>();
    this._act(member, args, (entity, env) => {
      const value = compute(entity, env);
      env.responses.push(value);
      env.commits.push(() => result._resolve(value));
    });
    return result as unknown as OfficeExtension.ClientResult<T>;
  }

  _load<T>(option?: LoadArg): T {
    const tree = parseLoadOption(option);
    this._ctx.enqueue({
      descriptor: { o: this._id, load: option ?? '*' },
      run: (env) => {
        const data = this._execLoad(tree, env);
        env.responses.push(data);
      },
    });
    return this as unknown as T;
  }

  /** Collections override this to load their items. */
  _loadItems(_tree: LoadTree, _env: ExecEnv): unknown {
    return undefined;
  }

  _isCollection(): boolean {
    return false;
  }

  _execLoad(tree: LoadTree, env: ExecEnv): unknown {
    if (this._entity === undefined && !this._null) this._need(env);
    if (this._null) return null;
    if (this._isCollection()) return this._loadItems(tree, env);
    const entity = this._need(env);
    const { scalars, navs } = this.meta();
    const data: Record<string, unknown> = {};
    const names = tree.all
      ? Object.keys(scalars).filter((n) => scalars[n].get && !scalars[n].explicitOnly && this._ctx.supportsApi(this._type, n))
      : [...tree.scalars];
    const loaded: Array<[string, unknown]> = [];
    for (const name of names) {
      if (name === 'isNullObject') continue;
      if (navs[name]) {
        data[name] = this._nav(name)._execLoad(emptyTree(true), env);
        continue;
      }
      const spec = scalars[name] as ScalarSpec<E> | undefined;
      if (!spec?.get) throw officeError('InvalidArgument', `property '${name}' does not exist on ${this._type}`);
      this._ctx.requireApi(this._type, name);
      const cells = spec.cells?.(entity) ?? 0;
      if (cells > env.maxCellsPerRead) {
        throw officeError('RangeExceedsLimit', `reading ${name} of ${cells} cells exceeds ${env.maxCellsPerRead} cells`);
      }
      env.cellsRead += cells;
      const value = spec.get(entity, env);
      data[name] = value;
      loaded.push([name, value]);
    }
    for (const [name, subtree] of tree.navs) data[name] = this._nav(name)._execLoad(subtree, env);
    env.commits.push(() => loaded.forEach(([name, value]) => this._loaded.set(name, value)));
    return data;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** Installs getters/setters for scalar properties and navigation properties on a fake class. */
export function defineMembers<E>(
  ctor: { prototype: FakeObject<E> },
  scalars: Record<string, ScalarSpec<E>>,
  navs: Record<string, (self: FakeObject<E>) => FakeObject<unknown>> = {},
): void {
  const parent = Object.getPrototypeOf(ctor.prototype) as { _meta?: ClassMeta };
  const meta: ClassMeta = {
    scalars: { ...parent._meta?.scalars, ...(scalars as Record<string, ScalarSpec<never>>) },
    navs: { ...parent._meta?.navs, ...(navs as unknown as ClassMeta['navs']) },
  };
  Object.defineProperty(ctor.prototype, '_meta', { value: meta, configurable: true });
  for (const [name, spec] of Object.entries(scalars)) {
    Object.defineProperty(ctor.prototype, name, {
      configurable: true,
      get(this: FakeObject<E>) {
        this._ctx.requireApi(this._type, name);
        return this._read(name);
      },
      set(this: FakeObject<E>, value: unknown) {
        this._ctx.requireApi(this._type, name);
        const setter = spec.set;
        if (!setter) throw officeError('InvalidArgument', `Attempting to set read-only property '${name}'.`);
        this._loaded.set(name, value); // office.js keeps the assigned value locally (m_values = value)
        this._act(name, [value], (entity, env) => setter(entity, value, env));
      },
    });
  }
  for (const name of Object.keys(navs)) {
    Object.defineProperty(ctor.prototype, name, {
      configurable: true,
      get(this: FakeObject<E>) {
        this._ctx.requireApi(this._type, name);
        return this._nav(name);
      },
    });
  }
}

/** Base for collections: `items` is readable after a load; unknown load paths address the items. */
export abstract class FakeCollection<E, IE> extends FakeObject<E> {
  abstract _itemEntities(entity: E, env: ExecEnv): IE[];
  abstract _itemObject(entity: IE): FakeObject<IE>;

  override _isCollection(): boolean {
    return true;
  }

  override _loadItems(tree: LoadTree, env: ExecEnv): unknown {
    const entity = this._need(env);
    const itemTree = tree.navs.get('items') ?? emptyTree(tree.all || tree.scalars.has('items'));
    for (const name of tree.scalars) if (name !== 'items') itemTree.scalars.add(name);
    for (const [name, sub] of tree.navs) if (name !== 'items') itemTree.navs.set(name, sub);
    if (!itemTree.all && itemTree.scalars.size === 0 && itemTree.navs.size === 0) itemTree.all = true;
    let entities = this._itemEntities(entity, env);
    if (tree.skip) entities = entities.slice(tree.skip);
    if (tree.top !== undefined) entities = entities.slice(0, tree.top);
    const objects = entities.map((e) => this._itemObject(e));
    const data = objects.map((o) => o._execLoad(itemTree, env));
    env.commits.push(() => this._loaded.set('items', objects));
    return { items: data };
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this._result('getCount', [], (entity, env) => this._itemEntities(entity, env).length);
  }
}

export class FakeClientResult<T> {
  private loaded = false;
  private result: T | undefined;

  _resolve(value: T): void {
    this.loaded = true;
    this.result = value;
  }

  get value(): T {
    if (!this.loaded) throw officeError('ValueNotLoaded');
    return this.result as T;
  }
}

/** Byte size of a queued command as it would travel in the request body. */
export function commandBytes(command: Command): number {
  return jsonByteLength(command.descriptor);
}

export type { LoadTree, Source };
