/** The field detector: page DOM -> Field[] / Snapshot. Relative imports only, so the CLI runs it through tsx. */
export { buildFieldIndex, collectFields, DEFAULT_FIELD_LIMIT, takeSnapshot } from './collect-fields';
export type { CollectOptions, CollectResult } from './collect-fields';
export { classifyField, MIN_CONFIDENCE, MIN_SCORE } from './classify-field';
export type { Classification } from './classify-field';
export { AUTOCOMPLETE_CONCEPTS, FIELD_PATTERNS, YES_NO_CONCEPTS } from './field-patterns';
export { readFieldClues, SIGNAL_WEIGHTS } from './label-text';
export type { FieldClues, Signal, SignalKind } from './label-text';
export { findByLocator, selectorFor } from './selector';
export { nameTokens } from './text';
