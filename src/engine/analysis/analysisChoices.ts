/**
 * Which analysis sheets a run writes (issue 12, items 5–7). None by default: they answer a manager's questions about
 * the model, not every run's, and the default output stays as it was. In a module of its own so the pane's first
 * screen can import it without the analyses' code.
 */
export interface AnalysisChoices {
  /** 敏感性分析: the weight moves and the boundary clients within `margin` points of a cutoff. */
  readonly sensitivity?: { readonly margin: number };
  /** 升级潜力: clients within `maxPoints` points, or `maxAssetIncrease` (a fraction) more assets, of the next tier. */
  readonly upgrade?: { readonly maxPoints: number; readonly maxAssetIncrease: number };
  /** 聚类画像 and the 聚类 column: k-means with `k` clusters, and the suggested cutoffs. */
  readonly clusters?: { readonly k: number };
}

export const DEFAULT_CLUSTER_COUNT = 4;

/** All three with their defaults: what the pane's "analysis sheets" choice and the runner's --analysis write. */
export const DEFAULT_ANALYSIS: AnalysisChoices = {
  sensitivity: { margin: 1 }, upgrade: { maxPoints: 5, maxAssetIncrease: 0.2 }, clusters: { k: DEFAULT_CLUSTER_COUNT },
};
