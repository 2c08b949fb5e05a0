// The analyses of issue 12 (items 5–7): sensitivity, upgrade steps, data-driven cutoffs and clusters.
export * from '../sensitivity/weightSensitivity';
export * from '../sensitivity/boundaryClients';
export * from '../upgrade/assetScale';
export * from '../upgrade/upgradePotential';
export * from '../cutoffs/scoreHistogram';
export * from '../cutoffs/fisherJenks';
export * from '../cutoffs/suggestCutoffs';
export * from '../clusters/seededRandom';
export * from '../clusters/kmeans';
export * from '../clusters/silhouette';
export * from '../clusters/clusterClients';
export * from './analysisChoices';
export * from './analysisLabels';
export * from './analysisOutput';
export * from '../sensitivity/sensitivitySheet';
export * from '../upgrade/upgradeSheet';
export * from '../clusters/clusterSheet';
