/*
 * The preview's layout: the task pane at Excel's task-pane width on the left, the workbook view on the right.
 * The pane's popups and toasts mount inside its column (PortalMountNodeProvider), so they stay within the pane as
 * they do in Excel's task-pane webview.
 */
import { FluentProvider, PortalMountNodeProvider, makeStaticStyles, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Locale } from '../src/engine';
import { App, type PaneTheme } from '../src/taskpane/App';
import type { PaneGateway } from '../src/taskpane/paneActions';
import type { FakeExcel } from '../test/fake-excel';
import { PREVIEW_MARKS } from './previewGlobals';
import { PREVIEW_STRINGS } from './previewStrings';
import { SheetView } from './SheetView';
import type { WorkbookChanges } from './workbookChanges';

const useStaticStyles = makeStaticStyles({ body: { margin: 0 } });

const useStyles = makeStyles({
  page: { display: 'flex', height: '100vh' },
  pane: {
    flexShrink: 0, overflowY: 'auto', position: 'relative',
    // A transform makes this column the containing block of the pane's fixed-position toasts and popups.
    transform: 'translateZ(0)',
    borderRight: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  workbook: { flex: 1, minWidth: 0, backgroundColor: tokens.colorNeutralBackground2 },
});

/** Marks the first frame with the pane on screen (read by scripts/bench/firstRenderBench.js). */
function useFirstRenderMark(): void {
  useEffect(() => {
    if (performance.getEntriesByName(PREVIEW_MARKS.paneRendered).length > 0) return;
    requestAnimationFrame(() => {
      if (performance.getEntriesByName(PREVIEW_MARKS.paneRendered).length === 0) performance.mark(PREVIEW_MARKS.paneRendered);
    });
  }, []);
}

export interface PreviewPageProps {
  readonly fake: FakeExcel;
  readonly changes: WorkbookChanges;
  readonly gateway: PaneGateway;
  readonly locale: Locale;
  readonly theme: PaneTheme;
  /** The pane's width in CSS pixels (?width=). */
  readonly paneWidth: number;
}

export function PreviewPage({ fake, changes, gateway, locale, theme, paneWidth }: PreviewPageProps): JSX.Element {
  useStaticStyles();
  const styles = useStyles();
  const s = PREVIEW_STRINGS[locale];
  const [paneNode, setPaneNode] = useState<HTMLElement | null>(null);
  useFirstRenderMark();
  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} lang={locale}>
      <div className={styles.page}>
        <aside className={styles.pane} style={{ width: `${paneWidth}px` }} aria-label={s.paneRegion} ref={setPaneNode}>
          <PortalMountNodeProvider value={paneNode ?? undefined}>
            <App gateway={gateway} theme={theme} />
          </PortalMountNodeProvider>
        </aside>
        <main className={styles.workbook} aria-label={s.workbookRegion}>
          <SheetView fake={fake} changes={changes} locale={locale} />
        </main>
      </div>
    </FluentProvider>
  );
}
