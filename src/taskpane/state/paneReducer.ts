import { applyModelEdit } from './modelEdits';
import type { PaneAction, PaneState } from './paneState';

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  const next = reduce(state, action);
  // A confirmation holds for the checks the user saw: new data, a remap or a model change asks again.
  return next.checksConfirmed && CHANGES_CHECKS.has(action.type) ? { ...next, checksConfirmed: false } : next;
}

const CHANGES_CHECKS: ReadonlySet<PaneAction['type']> = new Set(['tableRead', 'overrideColumn', 'editModel', 'replaceModel', 'storedModelRead']);

function reduce(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'selectTab': return { ...state, tab: action.tab };
    case 'tableRead': return { ...state, source: action.source, chunks: action.chunks, notices: { ...state.notices, data: undefined } };
    case 'overrideColumn': return { ...state, overrides: { ...state.overrides, [action.key]: action.header } };
    case 'editModel': return { ...state, model: applyModelEdit(state.model, action.edit) };
    case 'replaceModel': return { ...state, model: action.model };
    // The model sheet is where a saved model lives: reading it (at start, after a save, after an edit) adopts it.
    case 'storedModelRead': return action.stored
      ? { ...state, stored: action.stored, model: action.stored.model, baseline: state.pinned ? state.baseline : 'saved' }
      : { ...state, stored: undefined, baseline: 'pinned' };
    case 'selectBaseline': return { ...state, baseline: action.baseline };
    case 'pin': return { ...state, pinned: action.scenario, baseline: 'pinned' };
    case 'setChoices': return { ...state, choices: { ...state.choices, ...action.choices } };
    case 'templatesRead': return { ...state, templates: action.templates };
    case 'notify': return { ...state, notices: { ...state.notices, [action.area]: action.notice } };
    case 'confirmChecks': return { ...state, checksConfirmed: action.confirmed };
    case 'runLogRead': return { ...state, runLog: action.runLog };
  }
}
