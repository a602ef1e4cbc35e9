// @vitest-environment happy-dom
/**
 * Property (issue "Trust", item 5): whatever form a page has, reading it and drawing marks over it never harms it.
 * For random form DOMs, takeSnapshot + buildFieldIndex + MarkLayer render / setVisible(false/true) / destroy
 * throw nothing, leave every value, checked state, selectedIndex, text selection and the focused element as they
 * were, fire no focus/input/change/click events, and leave no ClaimLint node in the document after destroy.
 * That sequence and its invariants are in support/never-harm.ts (real-pages-unharmed.test.ts runs them too).
 *
 * Same-origin iframes (srcdoc, which happy-dom loads at once) are generated too, nested in anything: the content
 * script runs in every frame, so each frame's document is read and marked on its own, and the page around it
 * must stay exactly as it was.
 *
 * Default 300 cases (npm test); `npm run fuzz` runs 10,000 as five batches of 2,000 with fixed, different seeds,
 * so every run is the same.
 * The batches exist because 10,000 in one worker runs out of node's default ~4 GB heap (at ~2,500 cases): the worker's heap grows
 * ~1 MB per generated page even when ClaimLint is not called at all (happy-dom keeps it), ~1.6 MB with it.
 */
import fc from 'fast-check';
import { afterEach, expect, it } from 'vitest';
import { claimLintNodes, readAndMarkWithoutHarm, type Control } from './support/never-harm';

const RUNS = Number(process.env.CLAIMLINT_FUZZ_RUNS ?? 300);
// `npm run fuzz` runs batches with their own seeds, each in a fresh worker (see the comment above).
const SEED = 20_261_122 + Number(process.env.CLAIMLINT_FUZZ_BATCH ?? 0);

// ---------------------------------------------------------------------------------------------------------------
// The DOM, described as data so fast-check can generate, print and shrink it.

type Hidden = 'no' | 'attr' | 'style';
interface Common {
  id: string | null;
  name: string | null;
  label: 'none' | 'for' | 'wrap';
  labelText: string;
  labelledBy: string | null;
  hidden: Hidden;
}
type FieldSpec =
  | (Common & { t: 'input'; type: string; attrValue: string; value: string | null })
  | (Common & { t: 'textarea'; value: string })
  | (Common & { t: 'select'; options: number; selected: number; multiple: boolean; extra: number[] })
  | (Common & { t: 'group'; type: 'checkbox' | 'radio'; count: number; checked: number[] })
  | (Common & { t: 'editable'; text: string });
type NodeSpec =
  | FieldSpec
  | { t: 'text'; text: string }
  | { t: 'fieldset'; legend: string; children: NodeSpec[] }
  | { t: 'table'; headers: string[]; rows: NodeSpec[][] }
  | { t: 'shadow'; id: string | null; children: NodeSpec[] }
  | { t: 'frame'; id: string | null; children: NodeSpec[] }
  | { t: 'div'; children: NodeSpec[] };

const nastyText = fc.constantFrom(
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE claims; --",
  '</textarea><b>x</b>',
  '${constructor}',
  '\u202eRTL override',
  'e\u0301\u0301 zalgo',
  '💉🩺 Pätïënt Ñame',
  '\u0000nul\uffff',
  '   ',
  '',
);
const longText = fc.tuple(fc.constantFrom('a', 'Ä', '🩺', '<b>', ' '), fc.integer({ min: 500, max: 20_000 })).map(([s, n]) => s.repeat(n));
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 2, arbitrary: nastyText },
  { weight: 1, arbitrary: longText },
);
const labelText = fc.oneof(
  fc.constantFrom(
    'Patient Name', 'Date of Birth', 'NPI', 'Prior Authorization Number', 'CPT/HCPCS', 'Units', 'Diagnosis',
    'ICD-10', 'Date(s) of Service', 'Place of Service', 'Member ID', 'Referring provider', 'Modifier', 'Charges',
  ),
  text,
);
// A small pool, so duplicate ids and names are common; quotes, spaces, brackets and CSS-special characters too.
const idLike = fc.constantFrom('a', 'b', 'x y', 'q"uote', "ap'os", 'br[0]', 'c.d', '1st', '#h', 'p:q', 'back\\slash', '}', '-', '💉', 'a');
const optionalId = fc.option(idLike, { nil: null, freq: 2 });
const inputType = fc.constantFrom(
  'text', 'text', 'email', 'number', 'tel', 'date', 'password', 'search', 'url', 'hidden', 'range', 'color', 'time',
  'month', 'week', 'datetime-local', 'file', 'submit', 'button', 'reset', 'image', 'bogus',
);

const common = {
  id: optionalId,
  name: optionalId,
  label: fc.constantFrom('none', 'for', 'wrap') as fc.Arbitrary<Common['label']>,
  labelText,
  labelledBy: fc.option(fc.oneof(idLike, fc.constant('nowhere-to-be-found'), fc.constant('a nowhere')), { nil: null, freq: 3 }),
  hidden: fc.constantFrom<Hidden>('no', 'no', 'no', 'attr', 'style'),
};

const fieldSpec: fc.Arbitrary<FieldSpec> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ ...common, t: fc.constant('input' as const), type: inputType, attrValue: text, value: fc.option(text, { nil: null }) }) },
  { weight: 2, arbitrary: fc.record({ ...common, t: fc.constant('textarea' as const), value: text }) },
  {
    weight: 2,
    arbitrary: fc.record({
      ...common,
      t: fc.constant('select' as const),
      options: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 12 }) }, { weight: 1, arbitrary: fc.integer({ min: 13, max: 300 }) }),
      selected: fc.nat(),
      multiple: fc.boolean(),
      extra: fc.array(fc.nat(), { maxLength: 3 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      ...common,
      t: fc.constant('group' as const),
      // happy-dom's own radio-group code builds an unescaped selector from the name and throws on quotes
      // ('input[type="radio"][name="q"uote"]'), so group names avoid quotes and backslashes.
      name: fc.option(fc.constantFrom('a', 'x y', 'br[0]', 'c.d', '1st', '#h', 'p:q', '💉'), { nil: null, freq: 2 }),
      type: fc.constantFrom('checkbox' as const, 'radio' as const),
      count: fc.integer({ min: 1, max: 6 }),
      checked: fc.array(fc.nat(), { maxLength: 3 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ ...common, t: fc.constant('editable' as const), text }) },
);

const { node } = fc.letrec<{ node: NodeSpec; children: NodeSpec[] }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    { weight: 6, arbitrary: fieldSpec },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('text' as const), text: labelText }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('fieldset' as const), legend: labelText, children: tie('children') }) },
    {
      weight: 1,
      arbitrary: fc.record({
        t: fc.constant('table' as const),
        headers: fc.array(labelText, { maxLength: 4 }),
        rows: fc.array(fc.array(tie('node'), { maxLength: 4 }), { maxLength: 4 }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('shadow' as const), id: optionalId, children: tie('children') }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('frame' as const), id: optionalId, children: tie('children') }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('div' as const), children: tie('children') }) },
  ),
  children: fc.array(tie('node'), { maxLength: 5 }),
}));

const pageSpec = fc.record({
  nodes: fc.array(node, { minLength: 1, maxLength: 6 }),
  focus: fc.nat(),
  selections: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.constantFrom<'forward' | 'backward' | 'none'>('forward', 'backward', 'none')), { maxLength: 4 }),
  message: text,
});

// ---------------------------------------------------------------------------------------------------------------
// Building it.

function applyCommon(element: HTMLElement, spec: Common): void {
  if (spec.id !== null) element.setAttribute('id', spec.id);
  if (spec.name !== null) element.setAttribute('name', spec.name);
  if (spec.labelledBy !== null) element.setAttribute('aria-labelledby', spec.labelledBy);
  if (spec.hidden === 'attr') element.hidden = true;
  if (spec.hidden === 'style') element.style.display = 'none';
}

/** Appends the field to parent, with its label; returns the form controls it made. */
function buildField(parent: ParentNode, spec: FieldSpec): Control[] {
  const doc = documentOf(parent);
  const made: Control[] = [];
  let element: HTMLElement;
  switch (spec.t) {
    case 'input': {
      const input = doc.createElement('input');
      input.setAttribute('type', spec.type);
      input.setAttribute('value', spec.attrValue);
      // The user's typed value; some types refuse some values (file throws), which is the page's business.
      if (spec.value !== null) try { input.value = spec.value; } catch { /* as a browser would */ }
      element = input;
      made.push(input);
      break;
    }
    case 'textarea': {
      const area = doc.createElement('textarea');
      area.value = spec.value;
      element = area;
      made.push(area);
      break;
    }
    case 'select': {
      const select = doc.createElement('select');
      select.multiple = spec.multiple;
      for (let i = 0; i < spec.options; i++) {
        const option = doc.createElement('option');
        option.value = i % 7 === 0 ? '' : `v${i}`;
        option.textContent = i % 5 === 0 ? `Option ${i} <i>"q"</i>` : `Option ${i}`;
        select.append(option);
      }
      if (spec.options > 0) {
        select.selectedIndex = spec.selected % spec.options;
        if (spec.multiple) for (const extra of spec.extra) select.options[extra % spec.options]!.selected = true;
      }
      element = select;
      made.push(select);
      break;
    }
    case 'group': {
      const box = doc.createElement('span');
      for (let i = 0; i < spec.count; i++) {
        const input = doc.createElement('input');
        input.type = spec.type;
        if (spec.name !== null) input.setAttribute('name', spec.name);
        input.value = `opt${i}`;
        const wrap = doc.createElement('label');
        wrap.append(input, ` Choice ${i}`);
        box.append(wrap);
        made.push(input);
      }
      for (const checked of spec.checked) (made[checked % spec.count] as HTMLInputElement).checked = true;
      element = box;
      break;
    }
    case 'editable': {
      const div = doc.createElement('div');
      div.setAttribute('contenteditable', 'true');
      div.textContent = spec.text;
      element = div;
      made.push(div);
      break;
    }
  }
  // A group's name goes on its radios, not the box around them.
  applyCommon(element, spec.t === 'group' ? { ...spec, name: null } : spec);
  if (spec.label === 'wrap') {
    const label = doc.createElement('label');
    label.append(`${spec.labelText} `, element);
    parent.append(label);
  } else {
    if (spec.label === 'for') {
      const label = doc.createElement('label');
      label.htmlFor = spec.id ?? 'nowhere';
      label.textContent = spec.labelText;
      parent.append(label);
    }
    parent.append(element);
  }
  return made;
}

interface Built {
  controls: Control[];
  shadowRoots: ShadowRoot[];
  /** Same-origin frames (srcdoc), each its own document with its own content script run. */
  frames: Array<Built & { doc: Document }>;
}

/** The document a builder appends to: the page's own, or a frame's. */
function documentOf(parent: ParentNode): Document {
  return (parent as Node).ownerDocument ?? (parent as Document);
}

function build(parent: ParentNode, nodes: NodeSpec[], out: Built): void {
  const doc = documentOf(parent);
  for (const spec of nodes) {
    switch (spec.t) {
      case 'text': {
        const span = doc.createElement('span');
        span.textContent = spec.text;
        parent.append(span);
        break;
      }
      case 'fieldset': {
        const fieldset = doc.createElement('fieldset');
        const legend = doc.createElement('legend');
        legend.textContent = spec.legend;
        fieldset.append(legend);
        // In the document before its children are built: a frame loads only once it is connected.
        parent.append(fieldset);
        build(fieldset, spec.children, out);
        break;
      }
      case 'table': {
        const table = doc.createElement('table');
        parent.append(table);
        if (spec.headers.length > 0) {
          const row = table.createTHead().insertRow();
          for (const header of spec.headers) {
            const th = doc.createElement('th');
            th.textContent = header;
            row.append(th);
          }
        }
        const body = table.createTBody();
        for (const cells of spec.rows) {
          const row = body.insertRow();
          for (const cell of cells) build(row.insertCell(), [cell], out);
        }
        break;
      }
      case 'shadow': {
        const host = doc.createElement('div');
        if (spec.id !== null) host.setAttribute('id', spec.id);
        parent.append(host);
        const root = host.attachShadow({ mode: 'open' });
        out.shadowRoots.push(root);
        build(root, spec.children, out);
        break;
      }
      case 'div': {
        const div = doc.createElement('div');
        parent.append(div);
        build(div, spec.children, out);
        break;
      }
      case 'frame': {
        // happy-dom loads a srcdoc frame at once; the content script runs in it as in its own page (all_frames).
        const frame = doc.createElement('iframe');
        frame.setAttribute('srcdoc', '<!doctype html><html><head><title>frame</title></head><body></body></html>');
        if (spec.id !== null) frame.setAttribute('id', spec.id);
        parent.append(frame);
        const frameDoc = frame.contentDocument;
        if (!frameDoc?.body) throw new Error('happy-dom did not load the srcdoc frame');
        const inner: Built & { doc: Document } = { doc: frameDoc, controls: [], shadowRoots: [], frames: [] };
        build(frameDoc.body, spec.children, inner);
        out.frames.push(inner);
        break;
      }
      default:
        out.controls.push(...buildField(parent, spec));
    }
  }
}

/** Every frame document of a built page, nested frames included. */
function framesIn(built: Built): Array<Built & { doc: Document }> {
  return built.frames.flatMap((frame) => [frame, ...framesIn(frame)]);
}

afterEach(() => {
  (document.activeElement as HTMLElement | null)?.blur?.();
  document.body.innerHTML = '';
  for (const stray of claimLintNodes(document)) stray.remove();
});

it(
  'reading a random form and marking it never changes values, checked state, selection, focus or the DOM',
  () => {
    let cases = 0;
    let frames = 0;
    fc.assert(
      fc.property(pageSpec, (page) => {
        cases++;
        (document.activeElement as HTMLElement | null)?.blur?.();
        document.body.replaceChildren();
        const built: Built = { controls: [], shadowRoots: [], frames: [] };
        build(document.body, page.nodes, built);

        if (built.controls.length > 0) {
          const visible = built.controls.filter((control) => control.isConnected);
          for (const [which, start, end, direction] of page.selections) {
            const control = visible[which % Math.max(1, visible.length)];
            if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) {
              try {
                const length = control.value.length;
                control.setSelectionRange(Math.min(start, end) % (length + 1), Math.max(start, end) % (length + 1), direction);
              } catch { /* no text selection for this type */ }
            }
          }
          (built.controls[page.focus % built.controls.length] as HTMLElement).focus();
        }

        readAndMarkWithoutHarm({ doc: document, ...built }, page.message);
        // Each frame's content script reads and marks its own document; the page around it must stay as it was.
        const pageBefore = document.documentElement.outerHTML;
        for (const frame of framesIn(built)) {
          frames++;
          readAndMarkWithoutHarm(frame, page.message);
        }
        expect(document.documentElement.outerHTML).toBe(pageBefore);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: false },
    );
    console.log(`property cases run: ${cases}, failures: 0 (same-origin frames read: ${frames})`);
  },
  Math.max(60_000, RUNS * 1_000),
);
