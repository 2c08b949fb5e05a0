/*
 * While the model has a problem there is no live tiering; the distribution then keeps showing the last valid one,
 * marked out of date, instead of disappearing under the user's hands. Kept here, above the tabs, so that it
 * survives a switch of tab; forgotten when the client table changes (a new read).
 */
import { useRef } from 'react';
import type { ClientTable } from '../../engine';
import type { LiveTiering } from '../pipeline/liveTiering';

export interface ShownLive {
  readonly live?: LiveTiering;
  /** True when `live` is the last valid tiering, not the current model's. */
  readonly stale: boolean;
}

export function useLastValidLive(live: LiveTiering | undefined, table: ClientTable | undefined, hasData: boolean): ShownLive {
  const last = useRef<LiveTiering | undefined>(undefined);
  if (live) last.current = live;
  else if (!hasData || (table && last.current && last.current.result.table !== table)) last.current = undefined;
  return live ? { live, stale: false } : { live: last.current, stale: last.current !== undefined };
}
