/** The run log's tool column for runs from the pane; its own file so the first screen need not load the plan's code. */
export const ADDIN_TOOL_NAME = 'TierBook add-in';
