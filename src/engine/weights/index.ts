// Weights you can defend (issue 12): entropy, CRITIC, AHP and their blend. See docs/weights.md.
export * from './weightsError';
export * from './completeScores';
export * from './normalizeTo100';
export * from './entropyWeights';
export * from './criticWeights';
export * from './randomIndex';
export * from './principalEigenvector';
export * from './ahpMatrix';
export * from './ahpWeights';
export * from './blendWeights';
export * from './objectiveWeights';
export * from './judgementSheet';
