import type { SuitabilityClient } from '../suitability/assessSuitability';
import type { InvestorClass } from '../suitability/professionalInvestor';
import type { ClientRiskLevel } from '../suitability/riskLevels';

/**
 * What a run records per client for the next run's notices, in the 合规快照 column: "risk=C3;lowest=0;class=ordinary".
 * Language-free so a run in either language reads it.
 */
export function encodeComplianceState(client: SuitabilityClient): string {
  // One string per distinct state (42 at most), shared by every client in it: a string built per client was
  // megabytes of heap held for the whole run.
  const riskCode = client.riskLevel === undefined ? 0 : client.riskLevel === 'lowest' ? 1 : 1 + client.riskLevel;
  const key = (riskCode * 2 + (client.lowestCategory === true ? 1 : 0)) * 3 + CLASSES.indexOf(client.investorClass ?? 'ordinary');
  let state = encodedStates[key];
  if (state === undefined) {
    const risk = client.riskLevel === undefined ? '' : client.riskLevel === 'lowest' ? 'lowest' : `C${client.riskLevel}`;
    state = `risk=${risk};lowest=${client.lowestCategory === true ? 1 : 0};class=${client.investorClass ?? 'ordinary'}`;
    encodedStates[key] = state;
  }
  return state;
}

const encodedStates: string[] = [];

const CLASSES: readonly InvestorClass[] = ['ordinary', 'professional', 'undetermined'];

/** The state read back; undefined when the cell is not one TierBook wrote. */
export function decodeComplianceState(cell: string): SuitabilityClient | undefined {
  const m = /^risk=(C[1-5]|lowest|);lowest=([01]);class=(\w+)$/u.exec(cell.trim());
  if (!m || !CLASSES.includes(m[3] as InvestorClass)) return undefined;
  const riskLevel: ClientRiskLevel | undefined = m[1] === '' ? undefined : m[1] === 'lowest' ? 'lowest' : Number(m[1].slice(1)) as ClientRiskLevel;
  return { riskLevel, lowestCategory: m[2] === '1', investorClass: m[3] as InvestorClass };
}
