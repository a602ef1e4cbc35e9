/**
 * The name of the wizard step on screen ("Diagnosis"), read from the page's stepper. With it the background keeps
 * what earlier steps of the same form held; a page without one is not a wizard. Read-only, bounded, and read
 * through the DOM's own members (dom-builtins.ts), so a hostile page's clobbering controls cannot stand in.
 */
import { MAX_STEP_LENGTH } from '../../rules/schema';
import { attributeOf, domProperty, holdsMatchOf, queryAllOf } from './dom-builtins';

/** How much of a candidate's text is read: a step label is short, a whole step's content is not one. */
const MAX_READ = 500;
const CONTROLS = 'input:not([type="hidden"]), select, textarea, [contenteditable]:not([contenteditable="false"])';
/** Stepper markup of common libraries: "step active", "ant-steps-item-process", "MuiStepLabel-active", "wizard-current". */
const STEPPER_CLASS = '[class*="step"], [class*="Step"], [class*="STEP"], [class*="wizard"], [class*="Wizard"]';
const STEPPER_WORD = /step|wizard/i;
const ON_SCREEN_WORD = /active|current|process|selected/i;
const OFF_SCREEN_WORD = /inactive|unselected|not-?current|disabled/i;
/** "Step 2 of 4:", "2.", "2" before the name: the number is the stepper's, not the step's name. */
const NUMBERING = /^(?:step\s*)?\d{1,2}(?!\d)\s*(?:of\s*\d{1,2})?\s*[:.)\-–—]?\s*/i;

/** The current step's name, or undefined when the page shows no stepper this reader knows. */
export function readWizardStep(doc: Document): string | undefined {
  const root = domProperty(doc, 'documentElement');
  if (!root) return undefined;
  return fromAriaCurrent(root) ?? fromSelectedTab(doc, root) ?? fromStepperClass(root);
}

function fromAriaCurrent(root: Element): string | undefined {
  for (const element of Array.from(queryAllOf(root, '[aria-current="step"]'))) {
    const name = stepName(element);
    if (name) return name;
  }
  return undefined;
}

/** A selected tab whose panel holds form controls: a claim form split over tabs is a wizard by another name. */
function fromSelectedTab(doc: Document, root: Element): string | undefined {
  for (const tab of Array.from(queryAllOf(root, '[role="tablist"] [role="tab"][aria-selected="true"]'))) {
    const panelId = attributeOf(tab, 'aria-controls')?.trim();
    const panel = panelId ? elementById(doc, panelId) : null;
    if (!panel || !holdsMatchOf(panel, CONTROLS)) continue;
    const name = stepName(tab);
    if (name) return name;
  }
  return undefined;
}

function fromStepperClass(root: Element): string | undefined {
  for (const element of Array.from(queryAllOf(root, STEPPER_CLASS))) {
    const classes = (attributeOf(element, 'class') ?? '').split(/\s+/);
    if (!classes.some((name) => STEPPER_WORD.test(name))) continue;
    if (!classes.some((name) => ON_SCREEN_WORD.test(name) && !OFF_SCREEN_WORD.test(name))) continue;
    // A step's whole content (its fields) is not its name: the marked element must be the label.
    if (holdsMatchOf(element, CONTROLS)) continue;
    const name = stepName(element);
    if (name) return name;
  }
  return undefined;
}

function stepName(element: Element): string | undefined {
  const raw = domProperty(element, 'textContent') || attributeOf(element, 'aria-label') || attributeOf(element, 'title') || '';
  const text = raw.slice(0, MAX_READ).replace(/\s+/g, ' ').trim();
  if (text.length > MAX_STEP_LENGTH * 2) return undefined;
  const name = text.replace(NUMBERING, '').trim() || text;
  return name ? name.slice(0, MAX_STEP_LENGTH) : undefined;
}

/** doc.getElementById through Document's own method: a form named "getElementById" shadows it on the document. */
function elementById(doc: Document, id: string): Element | null {
  const getElementById = Reflect.get(Object.getPrototypeOf(doc) as object, 'getElementById') as Document['getElementById'];
  return getElementById.call(doc, id);
}
