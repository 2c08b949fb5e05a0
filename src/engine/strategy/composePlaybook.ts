import { normalizeLabel } from '../cell/normalizeText';
import type { LocalizedText } from '../i18n/locale';
import type { AudienceRule, Playbook, ProductSuggestion } from './playbook';

/** What a composed playbook says for itself; everything else comes from its parts. */
export interface PlaybookComposition {
  readonly key: string;
  readonly title: LocalizedText;
  readonly audience: readonly AudienceRule[];
  /** Actions that come before the parts' actions. */
  readonly leadActions?: readonly LocalizedText[];
  /** Default: the first part's cadence. */
  readonly cadence?: LocalizedText;
  /** Default: the first part's follow-up interval. */
  readonly followUpDays?: number;
  /** Default: required when any part requires it. */
  readonly dedicatedManager?: boolean;
}

/** Items of every part in order, each once (same Chinese text = same item). */
function mergeOnce<T>(lists: readonly (readonly T[] | undefined)[], identity: (item: T) => string): T[] | undefined {
  const seen = new Set<string>();
  const merged: T[] = [];
  for (const list of lists) {
    for (const item of list ?? []) {
      const id = normalizeLabel(identity(item));
      if (!seen.has(id)) { seen.add(id); merged.push(item); }
    }
  }
  return merged.length > 0 ? merged : undefined;
}

/** A tier's playbook built from factor playbooks, e.g. 钻石 = high net worth + high loyalty. */
export function composePlaybook(spec: PlaybookComposition, parts: readonly Playbook[]): Playbook {
  const zh = (t: LocalizedText): string => t['zh-CN'];
  const cadence = spec.cadence ?? parts.find((p) => p.cadence)?.cadence;
  const followUpDays = spec.followUpDays ?? parts.find((p) => p.followUpDays !== undefined)?.followUpDays;
  const dedicatedManager = spec.dedicatedManager ?? (parts.some((p) => p.dedicatedManager !== undefined) ? parts.some((p) => p.dedicatedManager === true) : undefined);
  const channels = mergeOnce(parts.map((p) => p.channels), zh);
  const products = mergeOnce<ProductSuggestion>(parts.map((p) => p.products), (p) => zh(p.category));
  const kpis = mergeOnce(parts.map((p) => p.kpis), zh);
  return {
    key: spec.key,
    title: spec.title,
    audience: spec.audience,
    actions: mergeOnce([spec.leadActions, ...parts.map((p) => p.actions)], zh) ?? [],
    ...(channels ? { channels } : {}),
    ...(cadence ? { cadence } : {}),
    ...(followUpDays !== undefined ? { followUpDays } : {}),
    ...(dedicatedManager !== undefined ? { dedicatedManager } : {}),
    ...(products ? { products } : {}),
    ...(kpis ? { kpis } : {}),
  };
}
