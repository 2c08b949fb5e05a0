import { isBlankCell } from '../cell/cellValue';
import { cellText } from '../cell/normalizeText';
import { isoDateOfSerial, parseDateCell, serialOfIsoDate } from '../cell/parseDateCell';
import { text, type LocalizedText } from '../i18n/locale';
import { cellAddress, quoteSheetName } from '../cell/a1';
import type { TieringResult } from '../run/tierClients';
import type { Playbook, ProductSuggestion } from '../strategy/playbook';
import { formatRiskRating } from '../strategy/playbook';
import { playbookForTier } from '../strategy/playbookMatch';
import { assessSuitability, isLowestCategory, suitabilityVerdict, type SuitabilityClient } from '../suitability/assessSuitability';
import type { ClientSuitabilityProfiles } from '../suitability/clientSuitability';
import type { InvestorClass } from '../suitability/professionalInvestor';
import { clientRiskLevelText, parseYesNoFlag } from '../suitability/riskLevels';
import { riskWarning } from '../suitability/productFilter';
import { INVESTOR_CLASS_LABELS } from '../suitability/suitabilityLabels';
import type { ExtraColumns } from '../table/extraColumns';
import { assessmentStatus, expiryText, type AssessmentStatus } from './assessmentCurrency';
import { lapsedText, validityText, type ComplianceOptions } from './complianceOptions';
import type { ComplianceFinding, FindingKind } from './findingKinds';
import { decodeComplianceState, encodeComplianceState } from './complianceState';

export interface ClientComplianceInput {
  readonly result: TieringResult;
  readonly extras: ExtraColumns;
  readonly profiles: ClientSuitabilityProfiles;
  readonly playbooks: readonly Playbook[];
  readonly options: ComplianceOptions;
  readonly sourceSheet: string;
  /** 0-based sheet column of the client block's first column (extras' indices count from it). */
  readonly columnOffset?: number;
  /** The previous run's compliance state per client id (the 合规快照 column), for the notices. */
  readonly previousStates?: ReadonlyMap<string, string>;
}

/** One product of a client's shelf that the client may not be offered, and why. */
export interface UnsuitableProduct {
  readonly product: ProductSuggestion;
  readonly kind: FindingKind;
  readonly reason: LocalizedText;
}

export interface ClientCompliance {
  /** Undefined when the sheet has no 风险测评日期 column. */
  readonly statuses?: readonly AssessmentStatus[];
  readonly expiries: readonly (number | undefined)[];
  /** Per client: the tier shelf's products split into suitable and not (empty for a client without a tier). */
  readonly shelves: readonly { readonly suitable: readonly ProductSuggestion[]; readonly unsuitable: readonly UnsuitableProduct[] }[];
  /** Per client: what the next run compares with (the 合规快照 cell). */
  readonly states: readonly string[];
  readonly findings: readonly ComplianceFinding[];
  readonly runDate: string;
}

/** "股票基金（R4）" / "Equity funds (R4)". */
export function productLabel(p: ProductSuggestion): LocalizedText {
  const r = formatRiskRating(p.riskRating);
  return text(`${p.category['zh-CN']}（${r}）`, `${p.category['en-US']} (${r})`);
}

/** 专业 / 普通 read as yes / no as well as 是 / 否. */
function professionalFlag(cell: Parameters<typeof parseYesNoFlag>[0]): boolean | undefined | 'invalid' {
  const s = cellText(cell ?? '').normalize('NFKC').trim();
  if (/^(专业|专业投资者|professional)$/iu.test(s)) return true;
  if (/^(普通|普通投资者|ordinary)$/iu.test(s)) return false;
  return parseYesNoFlag(cell);
}

function unsuitableKind(client: SuitabilityClient, verdict: string): FindingKind {
  if (verdict === 'unknown') return 'not_assessed';
  if (verdict === 'prohibited') return isLowestCategory(client) ? 'lowest_category' : 'professional_only';
  return 'above_level';
}

/**
 * Assessment currency, the shelf split per client, the flag-vs-data check, the notices against the previous run,
 * and every finding with its reason. Why one pass: each client's status decides what its shelf check means.
 */
export function checkClientCompliance(input: ClientComplianceInput): ClientCompliance {
  const { result, extras, profiles, playbooks, options } = input;
  const { table, model } = result;
  const runDate = table.runDate ?? isoDateOfSerial(0);
  const runSerial = serialOfIsoDate(runDate) ?? 0;
  const offset = input.columnOffset ?? 0;
  const at = (column: number, client: number): string => `${quoteSheetName(input.sourceSheet)}!${cellAddress(table.rowNumbers[client] - 1, column + offset)}`;
  const findings: ComplianceFinding[] = [];
  const dateColumn = extras.columns.assessmentDate;
  const size = table.size;
  const statuses: AssessmentStatus[] | undefined = dateColumn ? new Array<AssessmentStatus>(size) : undefined;
  const expiries: (number | undefined)[] = new Array<number | undefined>(size).fill(undefined);
  // Every client's findings in one list, put in client order at the end (byClient). Why not a list per client: a
  // million lists, each grown by push to room for 17, were most of the findings' memory.
  const clientFindings: (ComplianceFinding & { readonly client: number })[] = [];
  const tierNames = model.tiers.map((t) => t.name);

  if (dateColumn && statuses) {
    dateColumn.cells.forEach((cell, c) => {
      const parsed = parseDateCell(cell);
      let serial: number | undefined;
      if (parsed.kind === 'date' && parsed.serial > runSerial) {
        clientFindings.push({ kind: 'bad_assessment_date', client: c, cell: at(dateColumn.index, c), after: same(isoDateOfSerial(parsed.serial)),
          reason: text(`风险测评日期 ${isoDateOfSerial(parsed.serial)} 晚于运行日期 ${runDate}，按未测评处理`, `assessment date ${isoDateOfSerial(parsed.serial)} is after the run date ${runDate}; treated as not assessed`) });
      } else if (parsed.kind === 'invalid') {
        clientFindings.push({ kind: 'bad_assessment_date', client: c, cell: at(dateColumn.index, c), after: same(parsed.text),
          reason: text(`风险测评日期「${parsed.text}」不是日期，按未测评处理`, `assessment date "${parsed.text}" is not a date; treated as not assessed`) });
      } else if (parsed.kind === 'date') serial = parsed.serial;
      const s = assessmentStatus(serial, runSerial, options);
      statuses[c] = s.status;
      expiries[c] = s.expiry;
    });
  }

  const flagColumn = extras.columns.professionalFlag;
  if (flagColumn) {
    flagColumn.cells.forEach((cell, c) => {
      if (isBlankCell(cell)) return;
      const flag = professionalFlag(cell);
      const cls = profiles.investorClassAt(c);
      if (flag === true && cls === 'ordinary') {
        clientFindings.push({ kind: 'flag_professional_fails_test', client: c, cell: at(flagColumn.index, c), before: INVESTOR_CLASS_LABELS.professional, after: INVESTOR_CLASS_LABELS.ordinary,
          reason: text(`档案为专业投资者，数据不符合第八条：${profiles.classificationAt(c).reason['zh-CN']}`, `on file as professional, but the data fails Art. 8: ${profiles.classificationAt(c).reason['en-US']}`) });
      } else if (flag === false && cls === 'professional') {
        clientFindings.push({ kind: 'flag_ordinary_passes_test', client: c, cell: at(flagColumn.index, c), before: INVESTOR_CLASS_LABELS.ordinary, after: INVESTOR_CLASS_LABELS.professional,
          reason: text(`档案为普通投资者，数据符合第八条：${profiles.classificationAt(c).reason['zh-CN']}`, `on file as ordinary, but the data passes Art. 8: ${profiles.classificationAt(c).reason['en-US']}`) });
      }
    });
  }

  const states = Array.from({ length: size }, (_, c) => encodeComplianceState(profiles.clientAt(c)));
  if (input.previousStates && input.previousStates.size > 0) {
    for (let c = 0; c < size; c++) {
      const was = input.previousStates.get(table.ids[c]);
      const before = was === undefined ? undefined : decodeComplianceState(was);
      if (!before) continue;
      const now = profiles.clientAt(c);
      clientFindings.push(...stateNotices(before, now, c));
    }
  }

  type Shelf = ClientCompliance['shelves'][number];
  const noShelf: Shelf = { suitable: [], unsuitable: [] };
  const shelves: Shelf[] = new Array<Shelf>(size).fill(noShelf);
  const tierShelves = model.tiers.map((_, k) => playbookForTier(playbooks, model.tiers, k)?.playbook.products ?? []);
  const unsuitableByTier = tierShelves.map((products) => new Int32Array(products.length));
  // The split of a tier's shelf depends only on the client's state (risk level, 最低类别, class) unless the client's
  // assessment has lapsed: made once per state and tier and shared, with each unsuitable product's index. Why: a
  // shelf, its reasons and their texts built per client were hundreds of megabytes at a million clients (issue 15).
  const splits = new Map<string, ({ shelf: Shelf; unsuitableAt: number[] } | undefined)[]>();
  const labels = new Map<ProductSuggestion, { label: LocalizedText; rating: LocalizedText }>();
  const labelOf = (product: ProductSuggestion): { label: LocalizedText; rating: LocalizedText } => {
    let l = labels.get(product);
    if (!l) { l = { label: productLabel(product), rating: same(formatRiskRating(product.riskRating)) }; labels.set(product, l); }
    return l;
  };
  const levelTexts = new Map<SuitabilityClient['riskLevel'], LocalizedText>();
  const levelText = (level: SuitabilityClient['riskLevel']): LocalizedText | undefined => {
    if (level === undefined) return undefined;
    let t = levelTexts.get(level);
    if (!t) { t = clientRiskLevelText(level); levelTexts.set(level, t); }
    return t;
  };
  const splitShelf = (client: SuitabilityClient, k: number, c: number, lapsed: boolean): { shelf: Shelf; unsuitableAt: number[] } => {
    const suitable: ProductSuggestion[] = [];
    const unsuitable: UnsuitableProduct[] = [];
    const unsuitableAt: number[] = [];
    const status = statuses?.[c];
    tierShelves[k].forEach((product, p) => {
      const label = labelOf(product).label;
      if (product.riskRating === undefined) {
        unsuitable.push({ product, kind: 'unrated_product', reason: unratedReason(product, label) });
        unsuitableAt.push(p);
        return;
      }
      const rating = product.riskRating;
      if (lapsed) {
        const kind: FindingKind = status === 'expired' ? 'assessment_lapsed' : 'not_assessed';
        const reason = status === 'expired'
          ? text(`风险测评已于 ${expiryText(expiries[c]) ?? ''} 到期（有效期 ${validityText(options.validity, 'zh-CN')}，${lapsedText(options.lapsed, 'zh-CN')}），不得推介 ${label['zh-CN']}，须重新测评`,
            `the risk assessment expired on ${expiryText(expiries[c]) ?? ''} (valid ${validityText(options.validity, 'en-US')}, ${lapsedText(options.lapsed, 'en-US')}); do not offer ${label['en-US']} before re-assessing`)
          : text(`客户未完成风险测评（${lapsedText(options.lapsed, 'zh-CN')}），不得推介 ${label['zh-CN']}`, `the client has no risk assessment (${lapsedText(options.lapsed, 'en-US')}); do not offer ${label['en-US']}`);
        unsuitable.push({ product, kind, reason });
        unsuitableAt.push(p);
        return;
      }
      const verdict = suitabilityVerdict(client, { riskLevel: rating });
      if (verdict === 'suitable') { suitable.push(product); return; }
      const reason = riskWarning(client, { riskLevel: rating }, undefined, product.category) ?? assessSuitability(client, { riskLevel: rating }).opinion;
      unsuitable.push({ product, kind: unsuitableKind(client, verdict), reason });
      unsuitableAt.push(p);
    });
    return { shelf: { suitable, unsuitable }, unsuitableAt };
  };
  for (let c = 0; c < size; c++) {
    const k = result.tierIndex[c];
    if (k < 0) continue;
    const client = profiles.clientAt(c);
    const status = statuses?.[c];
    const lapsed = (status === 'expired' || status === 'missing') && options.lapsed === 'notAssessable';
    let split: { shelf: Shelf; unsuitableAt: number[] };
    if (lapsed) split = splitShelf(client, k, c, true);
    else {
      let byTier = splits.get(states[c]);
      if (!byTier) { byTier = []; splits.set(states[c], byTier); }
      split = byTier[k] ??= splitShelf(client, k, c, false);
    }
    shelves[c] = split.shelf;
    for (const p of split.unsuitableAt) unsuitableByTier[k][p]++;
    const before = levelText(client.riskLevel);
    for (const u of split.shelf.unsuitable) {
      const { label, rating } = labelOf(u.product);
      clientFindings.push({ kind: u.kind, client: c, tier: tierNames[k], product: label, reason: u.reason, cell: u.product.unrated?.cell, before, after: rating });
    }
  }

  // A tier is flagged when every product on its shelf is unsuitable for more than half of the tier's clients.
  model.tiers.forEach((tier, k) => {
    const members = result.tierCounts[k] ?? 0;
    const products = tierShelves[k];
    if (members === 0 || products.length === 0) return;
    if (!Array.from(unsuitableByTier[k]).every((n) => n * 2 > members)) return;
    const worst = Math.min(...Array.from(unsuitableByTier[k]));
    findings.push({ kind: 'shelf_unsuitable', tier: tier.name, product: text(products.map((p) => productLabel(p)['zh-CN']).join('、'), products.map((p) => productLabel(p)['en-US']).join('; ')),
      reason: text(`${tier.name} 的货架中每个产品都对一半以上的客户不适当（至少 ${worst}/${members} 名）`,
        `every product on ${tier.name}'s shelf is unsuitable for more than half of its clients (at least ${worst} of ${members})`) });
  });
  for (const f of byClient(clientFindings, size)) findings.push(f);
  return { statuses, expiries, shelves, states, findings, runDate };
}

/** Why a product the templates left unrated is unsuitable, naming the templates cell to fix. */
function unratedReason(product: ProductSuggestion, label: LocalizedText): LocalizedText {
  const cell = product.unrated?.cell ?? '—';
  const typed = product.unrated?.typed ?? '';
  return typed === ''
    ? text(`策略模板中 ${label['zh-CN']} 缺少风险等级（单元格 ${cell}）：修正前对所有客户均不适当，不得推介`,
      `R-level missing in the templates (cell ${cell}): ${label['en-US']} is unsuitable for every client until fixed`)
    : text(`策略模板中 ${label['zh-CN']} 的风险等级「${typed}」无法识别（单元格 ${cell}，应为 R1–R5）：修正前对所有客户均不适当，不得推介`,
      `R-level "${typed}" unknown in the templates (cell ${cell}, expected R1–R5): ${label['en-US']} is unsuitable for every client until fixed`);
}

const classText = (c: InvestorClass | undefined): LocalizedText => (c ? INVESTOR_CLASS_LABELS[c] : same('—'));

/** A value that reads the same in both languages (a date, a level code). */
const same = (s: string): LocalizedText => text(s, s);

/** The findings by client, each client's in the order they were found: a counting sort, stable and linear. */
function byClient<F extends { readonly client: number }>(list: readonly F[], size: number): F[] {
  const start = new Int32Array(size + 1);
  for (const f of list) start[f.client + 1]++;
  for (let c = 0; c < size; c++) start[c + 1] += start[c];
  const sorted = new Array<F>(list.length);
  for (const f of list) sorted[start[f.client]++] = f;
  return sorted;
}

/** The notices of one client: risk level, 最低类别 and professional status, each before → after. */
function stateNotices(before: SuitabilityClient, now: SuitabilityClient, client: number): (ComplianceFinding & { readonly client: number })[] {
  const out: (ComplianceFinding & { readonly client: number })[] = [];
  const level = (c: SuitabilityClient): LocalizedText => (c.riskLevel === undefined ? same('—') : clientRiskLevelText(c.riskLevel));
  const was = level(before);
  const is = level(now);
  if (was['en-US'] !== is['en-US']) {
    out.push({ kind: 'risk_level_changed', client, before: was, after: is,
      reason: text(`风险等级由 ${was['zh-CN']} 变为 ${is['zh-CN']}：须重新进行适当性匹配并告知客户`, `risk level changed from ${was['en-US']} to ${is['en-US']}: re-match suitability and inform the client`) });
  }
  const yes = text('是', 'yes');
  const no = text('否', 'no');
  const wasLowest = isLowestCategory(before);
  const isLowest = isLowestCategory(now);
  if (!wasLowest && isLowest) {
    out.push({ kind: 'became_lowest', client, before: no, after: yes,
      reason: text('客户新成为最低类别：仅可购买 R1，须复核其持仓与推介', 'the client became lowest category: R1 only; review holdings and recommendations') });
  } else if (wasLowest && !isLowest) {
    out.push({ kind: 'left_lowest', client, before: yes, after: no,
      reason: text('客户不再属于最低类别：须复核并重新匹配', 'the client is no longer lowest category: review and re-match') });
  }
  const wasPro = before.investorClass === 'professional';
  const isPro = now.investorClass === 'professional';
  if (wasPro !== isPro) {
    out.push({ kind: 'professional_changed', client, before: classText(before.investorClass), after: classText(now.investorClass),
      reason: isPro ? text('客户新符合专业投资者条件：须复核并告知', 'the client now qualifies as a professional investor: review and inform')
        : text('客户不再符合专业投资者条件：须复核，按普通投资者重新匹配', 'the client no longer qualifies as a professional investor: review and re-match as ordinary') });
  }
  return out;
}
