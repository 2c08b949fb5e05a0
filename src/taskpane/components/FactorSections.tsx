import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from '@fluentui/react-components';
import type { ModelProblem, TierModel } from '../../engine';
import { useLocale, useStrings } from '../localeContext';
import type { ModelEdit } from '../state/modelEdits';
import { factorName, FactorScaleEditor, SCALES } from './FactorEditor';

const useStyles = makeStyles({
  header: { minWidth: 0 },
  scaleName: { color: tokens.colorNeutralForeground3, marginInlineStart: tokens.spacingHorizontalS },
});

/** Each factor's scale, direction and category map in its own collapsed section, headed by the factor and its scale. */
export function FactorSections({ model, problems, openFactors, onOpenFactors, onEdit }: {
  model: TierModel;
  problems: readonly ModelProblem[];
  /** The open sections, by factor index; the Model section opens one to focus a field in it. */
  openFactors: readonly string[];
  onOpenFactors: (open: string[]) => void;
  onEdit: (edit: ModelEdit) => void;
}): JSX.Element {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  return (
    <Accordion multiple collapsible openItems={[...openFactors]} onToggle={(_, data) => onOpenFactors(data.openItems.map(String))}>
      {model.factors.map((factor, i) => {
        const scale = SCALES.find((o) => o.value === factor.scale)?.label;
        return (
          <AccordionItem key={`${i}:${factor.key}`} value={String(i)}>
            <AccordionHeader className={styles.header} size="small">
              {factorName(factor, locale)}
              <span className={styles.scaleName}>{scale ? s[scale] : String(factor.scale)}</span>
            </AccordionHeader>
            <AccordionPanel>
              <FactorScaleEditor factor={factor} index={i} model={model} problems={problems} onEdit={onEdit} />
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
