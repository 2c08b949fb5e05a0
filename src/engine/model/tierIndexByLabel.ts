import { normalizeLabel } from '../cell/normalizeText';
import type { TierModel } from './types';

/**
 * Each tier's name and both labels, normalised, → its index; the first tier wins a shared spelling. Why all three: a
 * previous output, a roster or a snapshot may have been written in either language or by name.
 */
export function tierIndexByLabel(model: Pick<TierModel, 'tiers'>): Map<string, number> {
  const byLabel = new Map<string, number>();
  model.tiers.forEach((t, k) => {
    for (const label of [t.name, t.label?.['zh-CN'], t.label?.['en-US']]) {
      const key = label === undefined ? '' : normalizeLabel(label);
      if (key !== '' && !byLabel.has(key)) byLabel.set(key, k);
    }
  });
  return byLabel;
}
