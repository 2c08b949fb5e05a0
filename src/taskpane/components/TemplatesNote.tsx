import { MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { useLocale, useStrings } from '../localeContext';
import type { TemplatesSource } from '../pipeline/templatesSource';

/** Where the strategy sheets' playbooks come from; a templates sheet with errors as an error MessageBar naming the cell. */
export function TemplatesNote({ source }: { source?: TemplatesSource }): JSX.Element | null {
  const s = useStrings();
  const locale = useLocale();
  if (!source) return null;
  if (source.kind === 'error') {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{s.templatesErrorTitle}</MessageBarTitle>
          <div>{source.message[locale]}</div>
        </MessageBarBody>
      </MessageBar>
    );
  }
  return <Text size={200}>{source.kind === 'sheet' ? s.templatesFromSheet(source.sheetName) : s.templatesDefaults}</Text>;
}
