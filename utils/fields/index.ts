/** The field detector: page DOM -> Field[] / Snapshot. Relative imports only, so the CLI runs it through tsx. */
export { buildFieldIndex, DEFAULT_FIELD_LIMIT, scanPageSteps } from './collect-fields';
export { collectFields, takeSnapshot } from './read-page';
export type { CollectOptions, CollectResult, PageScan } from './collect-fields';
export { runSteps } from './steps';
export { readWizardStep } from './wizard-step';
export type { Steps } from './steps';
export { classifyField, dictatedClassification, MIN_CONFIDENCE, MIN_SCORE } from './classify-field';
export type { Classification } from './classify-field';
export { classifyDocumentPart, findDocumentParts } from './document-fields';
export type { DocumentPart } from './document-sections';
export { MAX_DOCUMENT_TEXT } from './document-text';
export {
  AUTOCOMPLETE_CONCEPTS, compilePatternFile, FIELD_PATTERNS, PATTERN_FILES, patternFileSchema, YES_NO_CONCEPTS,
} from './field-patterns';
export type { ConceptPatterns, Matcher, MatchTarget, PatternData, PatternFile } from './field-patterns';
export { readFieldClues, SIGNAL_WEIGHTS } from './label-text';
export type { FieldClues, Signal, SignalKind } from './label-text';
export { resolveOverrides } from './overrides';
export type { AppliedOverride, FieldOverride, OverrideSource } from './overrides';
export { rootOf, shadowHosts, walkElements } from './roots';
export type { FieldRoot } from './roots';
export { findAllByLocator, findByLocator, locatorSelectorFor, selectorFor, SHADOW_SEPARATOR } from './selector';
export { adapterOverridesFor, BUNDLED_ADAPTERS, parseSiteAdapter, siteAdapterSchema, urlMatchesPattern } from './site-adapters';
export type { SiteAdapter } from './site-adapters';
export { nameTokens } from './text';
