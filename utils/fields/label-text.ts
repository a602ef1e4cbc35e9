/**
 * Reads what a page says about a field, as weighted signals, strongest first: autocomplete; label[for],
 * wrapping label and aria-labelledby; aria-label; name and id tokens; placeholder and title; a fieldset legend
 * that labels only this field; table column and row headers; a dt; and, weakest, the text next to the field.
 * Also the field's section (legend, heading, caption) for patterns that only hold in context.
 */
import { attributeOf, closestOf, domProperty, queryAllOf } from './dom-builtins';
import type { MatchTarget, SignalKind } from './field-patterns';
import type { CandidateField, FieldKind } from './candidates';
import { followingText, precedingLabel } from './nearby-text';
import { elementByIdNear } from './roots';
import type { ScanCache } from './scan-cache';
import { columnHeaderFrom, describeCell, splitHeaderTable, type CellContext } from './table-grid';
import { cleanText, nameTokens, normalizeText, textWithoutControls } from './text';

export type { SignalKind };

/** How much each signal is trusted. Nearby text is weakest: neighbours leak labels. */
export const SIGNAL_WEIGHTS: Readonly<Record<SignalKind, number>> = {
  autocomplete: 1.2,
  label: 1,
  'aria-labelledby': 1,
  'aria-label': 0.9,
  legend: 0.9,
  'column-header': 0.8,
  name: 0.7,
  id: 0.6,
  placeholder: 0.6,
  'row-header': 0.6,
  dt: 0.6,
  // A document section's own heading names it as surely as a label names an input.
  heading: 1,
  title: 0.5,
  'following-text': 0.5,
  'preceding-text': 0.45,
};

export interface Signal {
  kind: SignalKind;
  /** As shown to the user (evidence, field label). */
  text: string;
  /** As matched by patterns. */
  normalized: string;
  weight: number;
  target: MatchTarget;
}

/** Everything the classifier needs to know about one field. */
export interface FieldClues {
  kind: FieldKind;
  signals: Signal[];
  /** Section text (legend, heading, caption), normalized; '' when none. */
  context: string;
  /** What the whole page is (its title and h1 headings), normalized: a claim, a daily note, a plan of care. */
  page: string;
  /**
   * 1-based position of the field's repeated row among its rows: a data row of a table with column headers, a
   * role=row of an ARIA grid, or one of several sibling containers built alike (see repeated-rows.ts); null when
   * the field stands alone.
   */
  gridRow: number | null;
  /** The element holding the rows when the row is not a table grid's (an ARIA grid, a list of cards); else null. */
  rowGroup: Element | null;
  /** How many elements make up the field: more than one for a radio group or a same-name checkbox group. */
  groupSize: number;
  /** A search or lookup box: it finds records, it is not one of them. */
  isSearch?: boolean;
  /** A select or a combobox input: its value is a choice from a list, not words typed freely. */
  picksFromList?: boolean;
}

/** Gathers the signals and context for one candidate field. Reads only; never touches the page. */
export function readFieldClues(field: CandidateField, cache: ScanCache): FieldClues {
  const { element, kind } = field;
  const signals: Signal[] = [];
  const picksFromList = kind === 'select' || attributeOf(element, 'role') === 'combobox';
  const add = (signalKind: SignalKind, raw: string | null | undefined, target: MatchTarget = 'label', fixedWeight?: number) => {
    let text = target === 'name' ? nameTokens(raw ?? '') : cleanText(raw ?? '');
    // A select's name describes the codes it submits (payer_id), its options show the thing itself (the payer); so
    // does a combobox input's (a DevExtreme SelectBox or Kendo ComboBox input shows "Aetna" and is named PayerId).
    if (picksFromList && (signalKind === 'name' || signalKind === 'id')) text = text.replace(/\s(id|code|cd|key|value|val)$/, '');
    if ((signalKind === 'name' || signalKind === 'id') && isGeneratedName(text)) return;
    const normalized = target === 'name' ? text : withoutQuestionNumber(normalizeText(text));
    const colon = signalKind === 'preceding-text' && (raw ?? '').trim().endsWith(':');
    const weight = fixedWeight ?? (colon ? COLON_LABEL_WEIGHT : SIGNAL_WEIGHTS[signalKind] * (NEARBY.has(signalKind) ? lengthFactor(text) : 1));
    if (normalized) signals.push({ kind: signalKind, text, normalized, weight, target });
  };
  // A group's own labels name its options ("Yes", "Good"), not the question.
  const isGroup = kind === 'radio' || field.members.length > 1;
  const labelHolder = isGroup ? element.closest('[role=radiogroup], [role=group]') ?? element : element;

  add('autocomplete', autocompleteToken(element), 'name');
  if (!isGroup) for (const label of labelsOf(element, cache)) add('label', textWithoutControls(label));
  add('aria-labelledby', labelledByText(labelHolder));
  // A library-drawn select often names itself by its current choice (aria-label="Female"): that is its value.
  const ariaLabel = labelHolder.getAttribute('aria-label');
  if (!(kind === 'select' && ariaLabel && cleanText(ariaLabel) === cleanText(labelHolder.textContent ?? ''))) add('aria-label', ariaLabel);
  const formPrefix = formNameTokens(element);
  const name = withoutPrefix(meaningfulName(element.getAttribute('name')), formPrefix);
  add('name', name, 'name');
  const id = withoutPrefix(element.id || null, formPrefix);
  if (id && nameTokens(id) !== nameTokens(name ?? '')) add('id', id, 'name');
  add('placeholder', element.getAttribute('placeholder') ?? element.getAttribute('aria-placeholder'));
  add('title', element.getAttribute('title'));

  const { legend, labels: legendLabels } = legendOf(element, field.members, cache);
  if (legendLabels) add('legend', legend);

  const cell = element.closest('td, th');
  const table = cell?.closest('table');
  const described = cell && table ? describeWithSplitHeader(cell, table, cache) : null;
  const tableRow = described?.hasHeaderRows && described.columnHeader ? described.dataRow : null;
  const row = tableRow === null ? cache.rows.rowOf(element) : null;
  if (row) add('column-header', row.columnHeader);
  if (described) {
    add('column-header', described.columnHeader);
    add('row-header', described.rowHeader, 'label', described.rowHeaderAdjacent ? ADJACENT_ROW_HEADER_WEIGHT : DISTANT_ROW_HEADER_WEIGHT);
  }
  add('dt', definitionTerm(element));

  const hasExplicitLabel = signals.some((s) => ['label', 'aria-labelledby', 'aria-label', 'legend'].includes(s.kind));
  if (!hasExplicitLabel) {
    const preceding = precedingLabel(element, new Set(field.members));
    const editorOrGroup = kind === 'textarea' || kind === 'contenteditable' || isGroup;
    // A heading right above an editor or a group (past its toolbar) names it, as a legend names its fieldset; so
    // does the title of an accordion panel or tab panel that holds nothing else.
    const region = editorOrGroup ? regionTitle(element, field.members) : '';
    if (region) add('heading', region, 'label', EDITOR_HEADING_WEIGHT);
    if (preceding?.heading && editorOrGroup) add('heading', preceding.text, 'label', EDITOR_HEADING_WEIGHT);
    else add('preceding-text', preceding?.text);
    if (field.members.length === 1 && (kind === 'checkbox' || kind === 'radio')) add('following-text', followingText(element));
  }

  const caption = table ? Array.from(table.children).find((child) => child.localName === 'caption') : undefined;
  const context = [legend, field.heading, caption ? textWithoutControls(caption) : ''].filter(Boolean).join(' | ');
  return {
    kind,
    isSearch: isSearchBox(element, signals),
    signals: dedupe(signals),
    context: normalizeText(context),
    page: cache.pageContext(),
    gridRow: tableRow ?? row?.position ?? null,
    rowGroup: row?.group ?? null,
    groupSize: field.members.length,
    picksFromList,
  };
}

/** A cell as its table describes it; a grid that draws its header as a table of its own gives the column header. */
function describeWithSplitHeader(cell: Element, table: Element, cache: ScanCache): CellContext | null {
  const grid = cache.grid(table);
  const described = describeCell(grid, cell);
  if (!described || described.hasHeaderRows) return described;
  const headerTable = splitHeaderTable(table, grid);
  if (!headerTable) return described;
  return { ...described, columnHeader: columnHeaderFrom(cache.grid(headerTable), grid, cell), hasHeaderRows: true };
}

const NEARBY = new Set<SignalKind>(['preceding-text', 'following-text']);
/** A heading with nothing but a toolbar between it and an editor labels it as surely as a legend. */
const EDITOR_HEADING_WEIGHT = 0.9;
/** "Frequency & Duration: [____]": short text ending in a colon right before a field is written as its label. */
const COLON_LABEL_WEIGHT = 0.65;
/** A header cell right before the field's cell labels it as a column header labels a grid cell. */
const ADJACENT_ROW_HEADER_WEIGHT = 0.8;
/** A header cell further left in a layout row labels the first of several label/field pairs, maybe not this one. */
const DISTANT_ROW_HEADER_WEIGHT = 0.4;
const SEARCH_WORDS = /^(search|find|look\s*up|lookup|filter|quick\s*search)\b/;
const SEARCH_SIGNALS = new Set<SignalKind>(['label', 'aria-label', 'aria-labelledby', 'placeholder', 'title']);
const NAMING_SIGNALS = new Set<SignalKind>(['label', 'aria-label', 'aria-labelledby']);
const HINT_SIGNALS = new Set<SignalKind>(['placeholder', 'title']);

function isSearchBox(element: Element, signals: readonly Signal[]): boolean {
  // Ant Design's Select types its combobox input "search": a picker of values, a search box only by its words.
  const combobox = element.getAttribute('role') === 'combobox';
  if (((element.getAttribute('type') ?? '').toLowerCase() === 'search' && !combobox) || element.getAttribute('role') === 'searchbox') return true;
  if (element.closest('[role=search], search')) return true;
  // A picker's hint ("Search ICD-10 codes…") says how to fill it; its label ("Primary Diagnosis") says what it holds.
  const named = signals.some((signal) => NAMING_SIGNALS.has(signal.kind) && !SEARCH_WORDS.test(signal.normalized));
  return signals.some((signal) => SEARCH_SIGNALS.has(signal.kind) && SEARCH_WORDS.test(signal.normalized) && !(named && HINT_SIGNALS.has(signal.kind)));
}

/** Words UI libraries build control ids and names from, with a counter: el-id-4821-1028, mat-input-0, input-12, radio-group-29. */
const GENERATED_NAME_WORDS = new Set([
  'el', 'id', 'input', 'field', 'mat', 'mdc', 'textfield', 'control', 'radio', 'checkbox', 'combobox', 'toggle', 'button',
  'downshift', 'k', 'r', 'v', 'p', 'uid', 'auto', 'react', 'ember', 'ext', 'gen',
]);

/** An id or name a library generated: a counter and nothing but its generic words, so it says nothing (and vetoes nothing). */
function isGeneratedName(tokens: string): boolean {
  const words = tokens.split(' ').filter(Boolean);
  return words.some((word) => /^\d+$/.test(word)) && words.every((word) => /^\d+$/.test(word) || GENERATED_NAME_WORDS.has(word));
}

/** "3. Which treatments were tried before?", "Q4) ...?": a question's number is its place in the form, not its meaning. */
const QUESTION_NUMBER = /^(q(uestion)?\s*)?\d{1,3}[a-z]?\s*[.):-]\s*(?=\S.*\?$)/;

/** Only a question loses its number: "17. Name of referring provider" keeps the CMS-1500 box number it is known by. */
function withoutQuestionNumber(normalized: string): string {
  return normalized.replace(QUESTION_NUMBER, '');
}

/** Nearby text that runs to a sentence is more likely instructions than a label: trust it less. */
function lengthFactor(text: string): number {
  if (text.length <= 40) return 1;
  return text.length <= 80 ? 0.7 : 0.5;
}

function labelsOf(element: Element, cache: ScanCache): Element[] {
  const labels = [...cache.labelsFor(element)];
  const wrapping = element.closest('label');
  if (wrapping && !labels.includes(wrapping)) labels.push(wrapping);
  if (labels.length === 0) labels.push(...wrapperLabels(element, cache));
  if (labels.length === 0) labels.push(...besideLabels(element));
  return labels;
}

/** Elements a <label for> labels by the browser's own rule; a label pointing at anything else names no control. */
const LABELABLE = new Set(['input', 'select', 'textarea', 'button', 'meter', 'output', 'progress']);

/**
 * A <label for> that points at the wrapper a library draws around the control rather than at the control
 * (PrimeReact: <label for="plan"> and <div id="plan" class="p-dropdown"> holding the focusable input): the
 * browser links it to nothing, but the user reads it as this field's label. Only a wrapper at most two levels up
 * that is not itself labelable and holds no other field.
 */
function wrapperLabels(element: Element, cache: ScanCache): Element[] {
  for (const wrapper of soleControlWrappers(element)) {
    if (LABELABLE.has(domProperty(wrapper, 'localName'))) continue;
    const labels = cache.labelsFor(wrapper);
    if (labels.length > 0) return labels;
  }
  return [];
}

/**
 * The element's wrappers, innermost first, at most two levels up, while they hold no other field and are not too
 * wide to be one control's (a form, a fieldset, a table row): where a label may name this control alone.
 */
function soleControlWrappers(element: Element): Element[] {
  const wrappers: Element[] = [];
  let container: Element | null = element;
  for (let level = 0; level < BESIDE_LABEL_CLIMB; level++) {
    container = container && domProperty(container, 'parentElement');
    if (!container || BESIDE_LABEL_STOP.includes(domProperty(container, 'localName'))) break;
    const controls = Array.from(queryAllOf(container, OTHER_FIELDS));
    if (controls.some((control) => control !== element && !control.contains(element) && !element.contains(control))) break;
    wrappers.push(container);
  }
  return wrappers;
}

/** Form controls that a label beside them could name instead of this one. */
const OTHER_FIELDS = 'input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=reset]):not([type=image]), select, textarea, [contenteditable]';
const BESIDE_LABEL_CLIMB = 2;
/** Wrappers too wide to be one control's: a label in them may name any of their fields. */
const BESIDE_LABEL_STOP = ['form', 'fieldset', 'body', 'table', 'tr', 'tbody'];

/**
 * A <label> without `for` beside the only control of its wrapper: Bootstrap's floating label (the label after its
 * input in .form-floating) or a library that forgot htmlFor. The wrapper (at most two levels up) must hold no
 * other field, and the label no control and no `for` naming another element.
 */
function besideLabels(element: Element): Element[] {
  // Only a label inside the outermost wrapper looked at can be found: without one there is nothing to climb for.
  const wrapper = outermostBesideWrapper(element);
  if (!wrapper || wrapper.querySelector('label') === null) return [];
  for (const container of soleControlWrappers(element)) {
    const labels = Array.from(queryAllOf(container, 'label')).filter(
      (label) => !attributeOf(label, 'for') && label.querySelector(OTHER_FIELDS) === null,
    );
    if (labels.length === 1) return labels;
    if (labels.length > 1) return [];
  }
  return [];
}

/** The highest wrapper besideLabels may climb to, or null when the first one up already stops it. */
function outermostBesideWrapper(element: Element): Element | null {
  let wrapper: Element | null = null;
  let container: Element | null = element;
  for (let level = 0; level < BESIDE_LABEL_CLIMB; level++) {
    container = container && domProperty(container, 'parentElement');
    if (!container || BESIDE_LABEL_STOP.includes(domProperty(container, 'localName'))) break;
    wrapper = container;
  }
  return wrapper;
}

function labelledByText(element: Element): string {
  const ids = attributeOf(element, 'aria-labelledby')?.trim();
  if (!ids) return '';
  return ids
    .split(/\s+/)
    .map((id) => elementByIdNear(element, id))
    // A control that names itself among its labels adds its value (Headless UI's Listbox button: "Payer Aetna"); the
    // value is no label word.
    .map((el) => (el && el !== element ? textWithoutControls(el) : ''))
    .filter(Boolean)
    .join(' ');
}

/** Panels titled by another element: an accordion's region, a tab panel, a labelled group or section. */
const TITLED_PANEL = '[role=region][aria-labelledby], [role=tabpanel][aria-labelledby], [role=group][aria-labelledby], section[aria-labelledby]';

/** The title of the closest titled panel around the field, when the panel holds no other field; else ''. */
function regionTitle(element: Element, members: readonly Element[]): string {
  const panel = element.parentElement && closestOf(element.parentElement, TITLED_PANEL);
  if (!panel) return '';
  const others = Array.from(queryAllOf(panel, OTHER_FIELDS)).some((control) => !members.includes(control) && !members.some((member) => member.contains(control)));
  return others ? '' : labelledByText(panel);
}

/**
 * The legend of the fieldset around `element` ('' when none), and whether it labels the field: a legend labels a
 * field only when the fieldset holds nothing else; otherwise it names a section. Each fieldset is read once per
 * scan, however many fields it holds.
 */
export function legendOf(element: Element, members: readonly Element[], cache: ScanCache): { legend: string; labels: boolean } {
  const fieldset = element.closest('fieldset');
  const facts = fieldset ? cache.fieldsets.get(fieldset, fieldsetFacts) : null;
  const legend = facts?.legend ?? '';
  return { legend, labels: legend !== '' && holdsOnly(facts!.controls, members) };
}

/** A fieldset's legend text and the controls in it. */
function fieldsetFacts(fieldset: Element): { legend: string; controls: readonly Element[] } {
  const legend = Array.from(fieldset.children).find((child) => child.localName === 'legend');
  const controls = fieldset.querySelectorAll('input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea, [contenteditable]');
  return { legend: legend ? textWithoutControls(legend) : '', controls: Array.from(controls) };
}

/** Every control is a member. More controls than members cannot all be, so a large fieldset costs one comparison. */
function holdsOnly(controls: readonly Element[], members: readonly Element[]): boolean {
  return controls.length <= members.length && controls.every((control) => members.includes(control));
}

function definitionTerm(element: Element): string {
  const dd = element.closest('dd');
  let sibling = dd?.previousElementSibling;
  while (sibling && sibling.localName !== 'dt') sibling = sibling.previousElementSibling;
  return sibling ? textWithoutControls(sibling) : '';
}

/** The words of the field's form's own name ("physician_orders"), which its controls' names repeat as a prefix. */
function formNameTokens(element: Element): string {
  const form = element.closest('form');
  return form ? nameTokens(attributeOf(form, 'name') || attributeOf(form, 'id') || '') : '';
}

/**
 * physician_orders_patient_name in the form named physician_orders is the patient name: the prefix is the form's
 * name, not the physician's.
 */
function withoutPrefix(raw: string | null, prefix: string): string | null {
  if (!raw || !prefix) return raw;
  const tokens = nameTokens(raw);
  return tokens.startsWith(`${prefix} `) ? tokens.slice(prefix.length + 1) : raw;
}

/** ASP.NET-style names ("ctl00$Main$txtPatientDOB") carry their meaning in the last segment. */
function meaningfulName(name: string | null): string | null {
  if (!name) return null;
  const segments = name.split('$');
  return segments[segments.length - 1] ?? name;
}

function autocompleteToken(element: Element): string {
  const tokens = (element.getAttribute('autocomplete') ?? '').trim().toLowerCase().split(/\s+/);
  return tokens[tokens.length - 1] ?? '';
}

/** The same text seen twice (a th that is also the preceding cell) counts once, at its strongest. */
function dedupe(signals: Signal[]): Signal[] {
  const best = new Map<string, Signal>();
  for (const signal of signals) {
    const key = `${signal.target}\u0000${signal.normalized}`;
    const seen = best.get(key);
    if (!seen || signal.weight > seen.weight) best.set(key, signal);
  }
  return [...best.values()].sort((a, b) => b.weight - a.weight);
}
