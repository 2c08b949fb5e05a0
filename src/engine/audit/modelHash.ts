import { DEFAULT_COMPLIANCE_OPTIONS } from '../compliance/complianceOptions';
import type { TierModel } from '../model/types';

/** JSON with object keys sorted, so two equal models hash alike whatever order their keys were written in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * A 64-bit fingerprint (two 32-bit FNV-1a lanes, hex) of the canonical model. It makes a model change visible in
 * the audit log; it is a change detector, not a security measure.
 */
export function modelHash(model: TierModel): string {
  const json = canonicalJson(model);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x9e3779b9;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/**
 * The model as applied, in canonical form: canonical JSON (sorted keys) with every default filled in (direction
 * "higher", missing "zero", the compliance options), so the model a run used and the same model read back from its
 * model sheet hash alike.
 */
export function canonicalModel(model: TierModel): TierModel {
  return {
    ...model, missing: model.missing ?? 'zero', compliance: model.compliance ?? DEFAULT_COMPLIANCE_OPTIONS,
    factors: model.factors.map((f) => ({ ...f, direction: f.direction ?? 'higher' })),
  };
}
