import { Text, makeStyles } from '@fluentui/react-components';
import type { SheetLayout, TierModel } from '../../engine';
import { resolveExtraColumn } from '../../engine/table/extraColumns';
import { useStrings } from '../localeContext';

const useStyles = makeStyles({ wrap: { overflowWrap: 'anywhere' } });

/**
 * One line on the Run step when the client sheet has a 风险等级 column but the suitability columns (and with them the
 * compliance check) are not ticked: why there will be no 合规检查, and where to turn it on.
 */
export function ComplianceOffNote({ layout, model, suitabilityColumns }: { layout?: SheetLayout; model: TierModel; suitabilityColumns: boolean }): JSX.Element | null {
  const s = useStrings();
  const styles = useStyles();
  if (suitabilityColumns || !layout || !resolveExtraColumn(layout, 'risk', model)) return null;
  return <Text size={200} className={styles.wrap}>{s.complianceOff(s.choiceSuitability, s.tabOutput)}</Text>;
}
