/**
 * Reads what a field holds, without changing it: reading .value, .checked and .selected has no side effects,
 * and nothing here focuses, dispatches or writes. Patient data: the caller keeps it in memory only.
 */
import { isDrawnDropdown, isPopupSelect, type CandidateField } from './candidates';
import { textOf } from './document-text';
import { attributeOf, closestOf, containsOf, domProperty, holdsMatchOf, queryAllOf } from './dom-builtins';
import { followingText } from './nearby-text';
import type { ScanCache } from './scan-cache';
import { cleanText, textWithoutControls } from './text';

const MAX_VALUE = 100_000;

/**
 * Trimmed text; the chosen option's text; the checked radio's label; the checked options' labels joined by ", "
 * for a same-name checkbox group; "checked"/"" for a lone checkbox; an element's text for a 'document' field.
 */
export function readFieldValue(field: CandidateField, cache: ScanCache): string {
  const { element, kind } = field;
  switch (kind) {
    case 'checkbox':
      if (field.members.length > 1) return checkedOptionTexts(field.members, cache).join(', ');
      return (element as HTMLInputElement).checked ? 'checked' : '';
    case 'radio':
      return checkedOptionTexts(field.members, cache)[0] ?? '';
    case 'select':
      if (element.localName === 'select') return selectText(element as HTMLSelectElement);
      if (isDrawnDropdown(element)) return dropdownChoice(element);
      // Ionic's select button is empty: the choice is drawn beside it.
      if (isPopupSelect(element)) return cleanText(element.textContent ?? '') ? comboboxText(element) : choiceBeside(element);
      return comboboxText(element);
    case 'contenteditable':
      return cap(element.textContent ?? '');
    case 'document':
      // An element a mapping made a field of (a div showing a value): its text, as a document section's.
      return textOf(element) ?? '';
    default: {
      const shown = shownByWidget(element);
      if (shown !== null) return shown;
      const typed = cap((element as HTMLInputElement | HTMLTextAreaElement).value ?? '');
      if (typed || kind !== 'text') return typed;
      return chipValues(element).join(', ') || focusTargetChoice(element);
    }
  }
}

/**
 * The chips or tags a multi-value input shows as its value (MUI Autocomplete's Chips, Ant Design Select's
 * selection items and Tags, Mantine Pills, Vuetify and PrimeVue chips, select2, Choices.js, react-select,
 * vue-select, ng-select). The input itself holds only what is being typed.
 */
const CHIP_SELECTOR = [
  '.MuiChip-root', '.ant-select-selection-item', '.ant-tag', '.mantine-Pill-root', '.mantine-MultiSelect-value', '.v-chip',
  '.p-chip', '.p-autocomplete-token', '.p-multiselect-token', '.select2-selection__choice', '.choices__item--selectable',
  '.ng-value', '.vs__selected', '.multiselect__tag', '[class*=multiValue]', '[class*=multi-value]', '.badge', '.chip', '.tag',
].join(', ');
/** The part of a chip holding its text, without its remove button. */
const CHIP_LABEL = '.MuiChip-label, .ant-select-selection-item-content, .mantine-Pill-label, .v-chip__content, .p-chip-text, .p-autocomplete-token-label, .ng-value-label, [class*=multiValue] > div:first-child';
const CHIP_CLIMB = 4;
const OTHER_FIELDS = 'input:not([type=hidden]):not([type=button]):not([type=submit]), select, textarea, [contenteditable]';
const STOP_CHIPS_AT = new Set(['form', 'fieldset', 'body', 'table', 'tr', 'td', 'section', 'main']);

/** Multi-value inputs show their chips before the input; a badge in a label ("Required") or after it is none. */
const FOLLOWING = 4;
function isChipOf(chip: Element, input: Element): boolean {
  if (attributeOf(chip, 'aria-hidden') === 'true' || closestOf(chip, 'label, legend, h1, h2, h3, h4, h5, h6, [role=heading]')) return false;
  return (chip.compareDocumentPosition(input) & FOLLOWING) !== 0;
}

function chipValues(element: Element): string[] {
  let container: Element | null = element;
  for (let level = 0; level < CHIP_CLIMB; level++) {
    container = domProperty(container, 'parentElement');
    if (!container || STOP_CHIPS_AT.has(domProperty(container, 'localName'))) return [];
    if (Array.from(queryAllOf(container, OTHER_FIELDS)).some((other) => other !== element)) return [];
    const chips = Array.from(queryAllOf(container, CHIP_SELECTOR)).filter(
      (chip, _, all) => !all.some((outer) => outer !== chip && containsOf(outer, chip)) && isChipOf(chip, element),
    );
    const texts = chips.map((chip) => cleanText(textWithoutControls(queryAllOf(chip, CHIP_LABEL)[0] ?? chip))).filter(Boolean);
    if (texts.length) return texts;
  }
  return [];
}

/**
 * The chosen option's text (its value when the text is empty). A placeholder option with value="" such as
 * "-- Select --" counts as no answer; several chosen options are joined with ", ".
 */
function selectText(select: HTMLSelectElement): string {
  const chosen = Array.from(select.options).filter((option) => option.selected);
  return chosen
    .filter((option) => option.getAttribute('value') !== '')
    .map((option) => cleanText(option.text) || option.value.trim())
    .filter(Boolean)
    .join(', ');
}

/**
 * A widget that keeps the page's original input inside it, hidden, and draws its choice as text (Kendo's
 * DropDownList: <span role=combobox>Humana Gold Plus HMO<input style="display: none" value="HUM01"></span>): the
 * user sees the text, the input holds the code behind it. null when the input is the one the user sees.
 */
function shownByWidget(element: Element): string | null {
  const style = attributeOf(element, 'style') ?? '';
  if (!/display\s*:\s*none/i.test(style) && !element.hasAttribute('hidden')) return null;
  const widget = domProperty(element, 'parentElement') && closestOf(domProperty(element, 'parentElement')!, '[role=combobox]');
  return widget ? comboboxText(widget) : null;
}

/** Parts of a drawn dropdown that are not its choice: the list of options, icons, the hidden input. */
const NOT_CHOICE = /(^|[-_])(menu|icon|default)$/i;

/**
 * What a drawn dropdown shows as chosen: its text (<div class="text">Medicare</div>) or, for a multiple choice,
 * each chosen label, joined by ", "; never the options of its menu. Semantic UI's "default text" is a placeholder.
 */
function dropdownChoice(dropdown: Element): string {
  const shown = Array.from(dropdown.children)
    .filter((child) => child.localName !== 'input' && !Array.from(child.classList).some((token) => NOT_CHOICE.test(token)))
    .map((child) => cleanText(textWithoutControls(child)))
    .filter(Boolean);
  return cap(shown.join(', '));
}

/** Parts of a select's box that are not its choice: its floating label, icons, hints, placeholders, hidden parts. */
const NOT_SHOWN_CHOICE = '[class*=label], [class*=Label], [class*=icon], [class*=Icon], [class*=placeholder], [class*=Placeholder], [class*=append], [class*=bottom], [class*=hint], [aria-hidden=true], button, [role=button]';
const FOCUS_TARGET_CLIMB = 3;

/**
 * A select drawn around an empty read-only combobox input that only takes focus (Quasar's q-select:
 * <span>Molina Healthcare</span><input readonly role=combobox value="">): the choice is the text beside the
 * input. '' when none.
 */
function focusTargetChoice(element: Element): string {
  if (attributeOf(element, 'role') !== 'combobox' || !element.hasAttribute('readonly')) return '';
  return choiceBeside(element);
}

/**
 * The choice a select draws beside the element that takes focus, in the box that holds no other control, less the
 * box's label, icons and placeholder. '' when none.
 */
function choiceBeside(element: Element): string {
  let box: Element | null = element;
  for (let level = 0; level < FOCUS_TARGET_CLIMB; level++) {
    box = box && domProperty(box, 'parentElement');
    if (!box || box.localName === 'label' || STOP_CHIPS_AT.has(domProperty(box, 'localName'))) return '';
    if (Array.from(queryAllOf(box, OTHER_FIELDS)).some((other) => other !== element)) return '';
    const shown = Array.from(box.children).filter((child) => child !== element && child.localName !== 'label' && (isChoiceInPlaceholder(child) || (!child.matches(NOT_SHOWN_CHOICE) && !child.querySelector(NOT_SHOWN_CHOICE))));
    const text = cleanText(shown.map((child) => textWithoutControls(child)).join(' '));
    if (text) return cap(text);
  }
  return '';
}

/**
 * A part of a select's box whose class would hide it (NOT_SHOWN_CHOICE) but that shows the choice itself:
 * - Element Plus draws the chosen option in the placeholder's own slot (<div class="el-select__selected-item
 *   el-select__placeholder"><span>Cigna</span></div>) and marks it is-transparent only while it shows the real
 *   placeholder;
 * - PrimeReact and PrimeVue call the shown choice the dropdown's label (<span class="p-dropdown-label p-inputtext">
 *   Blue Harbor PPO</span>) and add p-placeholder (or label-empty) while nothing is chosen.
 */
function isChoiceInPlaceholder(element: Element): boolean {
  const tokens = Array.from(element.classList);
  const placeholder = tokens.some((token) => /placeholder|label-empty/i.test(token));
  if (tokens.some((token) => /(^|-)(dropdown|select)-label$/i.test(token))) return !placeholder;
  return placeholder && tokens.some((token) => /selected/i.test(token)) && !tokens.some((token) => /transparent/i.test(token));
}

/** A library-drawn select shows its choice as text, or a placeholder ("Select…") when nothing is chosen. */
function comboboxText(combobox: Element): string {
  if (/placeholder/i.test(attributeOf(combobox, 'class') ?? '') || holdsMatchOf(combobox, '[class*=placeholder], [class*=Placeholder]')) return '';
  if (attributeOf(combobox, 'aria-placeholder') !== null && !cleanText(combobox.textContent ?? '')) return '';
  return cap(cleanText(combobox.textContent ?? ''));
}

/** The label of each checked option of a group: its label element, the text after it, or its value. */
function checkedOptionTexts(options: Element[], cache: ScanCache): string[] {
  return options
    .filter((option) => (option as HTMLInputElement).checked)
    .map((checked) => {
      const byFor = cache.labelsFor(checked)[0];
      const label = byFor ?? checked.closest('label');
      const text = label ? textWithoutControls(label) : followingText(checked);
      return text || (checked as HTMLInputElement).value || 'checked';
    });
}

function cap(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > MAX_VALUE ? trimmed.slice(0, MAX_VALUE) : trimmed;
}
