// @vitest-environment happy-dom
/**
 * Issue "Trust", item 4, in one realm. happy-dom runs ClaimLint's code and the page's in the same JavaScript
 * world, so, unlike in Chromium (where the content script has an isolated world of its own; see
 * test/e2e/hostile-page.e2e.test.ts), a polluted prototype does reach takeSnapshot and MarkLayer here.
 *
 * Prototype pollution: with keys on Object.prototype and Array.prototype (the ones a hostile page would pick:
 * ClaimLint's own data keys, options, `then`, `toJSON`), reading every sample page and marking its fields must
 * throw nothing and give exactly the snapshot and marks it gives unpolluted, so no polluted value gets in.
 * Not covered: pollution of the classifier's internal names (e.g. Object.prototype.signals, or [0] on every
 * empty array) still steers classification in one realm. No page can do that to ClaimLint: Chromium keeps page
 * scripts out of the content script's world, and the CLI runs no page script.
 *
 * DOM clobbering: a form exposes each control as its own property under the control's name (in Chromium also
 * inside an isolated world: form.hasOwnProperty('getAttribute') is true when the form holds
 * <input name="getAttribute">). happy-dom does not, so the test does what the browser does: it puts a hidden
 * control of that name in every form and makes it the form's own property. Every page must then read, mark and
 * clean up unharmed (support/never-harm.ts), with exactly the fields it has unclobbered. A document's named
 * elements (<img name="getElementById">) are not simulated: Chromium does not show them to isolated worlds
 * (the e2e test checks the page's world sees them while ClaimLint reads the page), and the CLI runs no script.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadHtmlFile, type LoadedPage } from '../../cli/load-html';
import { MarkLayer, type FieldMark } from '../../entrypoints/claim.content/mark-layer';
import type { Snapshot } from '../../rules/schema';
import { buildFieldIndex } from '../../utils/fields/collect-fields';
import { takeSnapshot } from '../../utils/fields/read-page';
import { PROJECT_PAGES } from '../support/accuracy';
import { claimLintNodes, fakeFinding, readAndMarkWithoutHarm, type Control, type PageUnderTest } from './support/never-harm';

const HOSTILE_PAGE = join(PROJECT_PAGES, '../e2e/hostile-page.html');

/** What reading and marking a page gives: the snapshot and what the mark layer drew. */
interface Outcome<S = string> {
  snapshot: S;
  indexed: string[];
  marksShown: number;
  leftHidden: number;
  leftAfterDestroy: number;
}

/** Reads and marks the page using nothing of vitest's, so it can run while prototypes are polluted. */
function readAndMark(doc: Document): Outcome<Snapshot> {
  const snapshot: Snapshot = takeSnapshot(doc);
  const index = buildFieldIndex(doc, snapshot.places ?? {});
  const marks: FieldMark[] = [];
  for (const [fieldKey, element] of index) marks.push({ fieldKey, element, findings: [fakeFinding(fieldKey, 'POLLUTED?')] });
  const layer = new MarkLayer(doc);
  let marksShown: number;
  let leftHidden: number;
  try {
    layer.render(marks);
    marksShown = claimLintNodes(doc).length;
    layer.setVisible(false);
    leftHidden = claimLintNodes(doc).length;
    layer.setVisible(true);
    layer.render(marks);
  } finally {
    // Also when something above threw: the next page must not start with this one's marks.
    layer.destroy();
  }
  const leftAfterDestroy = claimLintNodes(doc).length;
  return { snapshot, indexed: [...index.keys()], marksShown, leftHidden, leftAfterDestroy };
}

/** The outcome as plain comparable data (the snapshot as JSON, its time left out); only with clean prototypes. */
function settled(outcome: Outcome<Snapshot>): Outcome {
  return { ...outcome, snapshot: JSON.stringify({ ...outcome.snapshot, takenAt: '' }) };
}

interface LoadedSample {
  name: string;
  loaded: LoadedPage;
}

const samples: LoadedSample[] = [];
/**
 * Cases that try one key or name at a time run on the hostile page only (a claim form with a service-line grid,
 * a radio group, a select, a checkbox, a textarea and headers inside the form), to keep the suite quick; every
 * key or name at once runs on every page.
 */
const ONE_AT_A_TIME_PAGES = new Set(['e2e/hostile-page.html']);
const samplesFor = (everyPage: boolean) => samples.filter(({ name }) => everyPage || ONE_AT_A_TIME_PAGES.has(name));
/** Each sample's outcome with clean prototypes and no clobbering. */
const cleanOutcomes = new Map<string, Outcome>();

beforeAll(async () => {
  const names = readdirSync(PROJECT_PAGES).filter((file) => file.endsWith('.html')).sort();
  for (const name of names) {
    // The project's own pages build some widgets in script (an open shadow root); see loadHtmlFile.
    samples.push({ name, loaded: await loadHtmlFile(join(PROJECT_PAGES, name), { runTrustedScripts: true }) });
  }
  // Its markup only: its script would pollute this test's own realm for good.
  samples.push({ name: 'e2e/hostile-page.html', loaded: await loadHtmlFile(HOSTILE_PAGE) });
  for (const { name, loaded } of samples) cleanOutcomes.set(name, settled(readAndMark(loaded.document)));
}, 60_000);

afterAll(async () => {
  for (const { loaded } of samples) await loaded.close();
});

// ---------------------------------------------------------------------------------------------------------------

const POLLUTED = 'POLLUTED';
/** Keys a page would set to steer ClaimLint's data: snapshot, field, locator, finding, message, options. */
const OBJECT_KEYS: Record<string, unknown> = {
  concept: 'patient.name', selector: 'html', fieldKey: 'f0', key: 'f0', index: 99, value: POLLUTED, label: POLLUTED,
  kind: 'text', confidence: 2, evidence: [POLLUTED], locator: { frameId: 9, selector: 'html', name: null, id: null },
  frameId: 7, name: POLLUTED, id: POLLUTED, url: POLLUTED, title: POLLUTED, takenAt: POLLUTED, fields: [],
  truncated: { limit: 1, seen: 2 }, limit: 0, adapterOverrides: [{ selector: 'input', concept: 'patient.name', index: null }],
  userOverrides: [{ selector: 'input', concept: 'patient.name', index: null }], ruleId: POLLUTED, status: 'pass',
  severity: 'minor', message: POLLUTED, fix: POLLUTED, findings: [], element: null, ok: false, type: 'claimlint/marks',
  source: { kind: 'claim-file', format: 'x12-837p' }, places: { f0: { selector: 'html', path: POLLUTED } }, path: POLLUTED,
};
const FUNCTION_KEYS: Record<string, unknown> = {
  then: () => { throw new Error('Object.prototype.then'); },
  toJSON: () => POLLUTED,
};
const ARRAY_EXTRAS: Record<string, unknown> = { extra: POLLUTED, concept: 'patient.name', fieldKey: 'f0', last: () => POLLUTED };

/** Runs `work` with the keys on Object.prototype and Array.prototype, and always takes them away again. */
function withPollution<T>(objectKeys: Record<string, unknown>, arrayKeys: Record<string, unknown>, work: () => T): T {
  const define = (target: object, keys: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(keys)) {
      Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: true });
    }
  };
  const objectNames = Object.keys(objectKeys);
  const arrayNames = Object.keys(arrayKeys);
  define(Object.prototype, objectKeys);
  define(Array.prototype, arrayKeys);
  try {
    return work();
  } finally {
    for (const name of objectNames) delete (Object.prototype as Record<string, unknown>)[name];
    for (const name of arrayNames) delete (Array.prototype as unknown as Record<string, unknown>)[name];
  }
}

type Attempt = { ok: true; outcome: Outcome<Snapshot> } | { ok: false; error: string };

function attempt(doc: Document, objectKeys: Record<string, unknown>, arrayKeys: Record<string, unknown>): Attempt {
  return withPollution(objectKeys, arrayKeys, () => {
    try {
      return { ok: true as const, outcome: readAndMark(doc) };
    } catch (error) {
      return { ok: false as const, error: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) };
    }
  });
}

describe('prototype pollution, in the same realm as ClaimLint', () => {
  const all = { ...OBJECT_KEYS, ...FUNCTION_KEYS };
  type Case = [string, Record<string, unknown>, Record<string, unknown>, boolean];
  const cases: Case[] = [
    ['every key at once, on every sample page', all, ARRAY_EXTRAS, true],
    ...Object.keys(all).map((key): Case => [`Object.prototype.${key}`, { [key]: all[key] }, {}, false]),
    ['Array.prototype extras', {}, ARRAY_EXTRAS, false],
  ];

  it.each(cases)('%s: reading and marking throws nothing and takes in nothing polluted', { timeout: 60_000 }, (_, objectKeys, arrayKeys, everyPage) => {
    for (const { name, loaded } of samplesFor(everyPage)) {
      const clean = cleanOutcomes.get(name);
      const result = attempt(loaded.document, objectKeys, arrayKeys);
      if (!result.ok) throw new Error(`${name}: ${result.error}`);
      const polluted = settled(result.outcome);
      expect(polluted, name).toEqual(clean);
      expect(polluted.snapshot, name).not.toContain(POLLUTED);
      expect(polluted.leftHidden + polluted.leftAfterDestroy, name).toBe(0);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------

/** Names a form's controls can shadow: ordinary form members, and the DOM members field reading calls. */
const CLOBBERED_NAMES = [
  'elements', 'id', 'submit', 'action', 'method', 'name', 'target', 'length', 'title', 'hidden', 'style',
  'getAttribute', 'hasAttribute', 'closest', 'matches', 'querySelector', 'querySelectorAll', 'contains',
  'localName', 'tagName', 'nodeName', 'nodeType', 'parentElement', 'parentNode', 'children', 'childNodes', 'firstChild',
  'lastChild', 'firstElementChild', 'lastElementChild', 'nextSibling', 'nextElementSibling', 'previousSibling',
  'previousElementSibling', 'textContent', 'innerText', 'attributes', 'shadowRoot', 'getRootNode', 'isConnected',
  'ownerDocument', 'getBoundingClientRect', 'dataset', 'classList', 'className',
];
/** More reads of one clobbered member than any scan of these pages makes: a walk going round in circles. */
const READS_BEFORE_LOOP = 100_000;

/** The controls (what must not change) and open shadow roots of a loaded page. */
function pageUnderTest(doc: Document): PageUnderTest {
  const page: PageUnderTest = { doc, controls: [], shadowRoots: [] };
  const visit = (root: Document | ShadowRoot) => {
    for (const element of Array.from(root.querySelectorAll('*'))) {
      if (element.matches('input, textarea, select, [contenteditable]')) page.controls.push(element as Control);
      if (element.shadowRoot) {
        page.shadowRoots.push(element.shadowRoot);
        visit(element.shadowRoot);
      }
    }
  };
  visit(doc);
  return page;
}

/** Every form of the document and of its open shadow roots. */
function formsOf(root: Document | ShadowRoot): HTMLFormElement[] {
  return Array.from(root.querySelectorAll('*')).flatMap((element) => [
    ...(element.localName === 'form' ? [element as HTMLFormElement] : []),
    ...(element.shadowRoot ? formsOf(element.shadowRoot) : []),
  ]);
}

/** A hidden control per name in every form, as a page would have them; returns them per form. */
function addNamedControls(doc: Document, names: readonly string[]): Map<HTMLFormElement, HTMLInputElement[]> {
  const added = new Map<HTMLFormElement, HTMLInputElement[]>();
  for (const form of formsOf(doc)) {
    added.set(form, names.map((name) => {
      const control = doc.createElement('input');
      control.type = 'hidden';
      control.name = name;
      control.value = 'clobbered';
      form.append(control);
      return control;
    }));
  }
  return added;
}

/**
 * True when the code reading a form's property is happy-dom's own. The frames after this function and the getter
 * are happy-dom's form Proxy (its get trap forwards every read) and then the reader. The frames are taken as
 * V8's call sites, not as `error.stack` text: the test runner source-maps every frame of a stack it formats,
 * which, once per property read, made this suite several times slower.
 */
function readByHappyDom(): boolean {
  const formatStack = Error.prepareStackTrace;
  Error.prepareStackTrace = (_, callSites) => callSites;
  const trace: { stack?: NodeJS.CallSite[] } = {};
  try {
    Error.captureStackTrace(trace, readByHappyDom);
    void trace.stack;
  } finally {
    Error.prepareStackTrace = formatStack;
  }
  // The first frame is the getter; the ones after it are the reader's.
  const files = (trace.stack ?? []).slice(1).map((site) => site.getFileName() ?? '');
  const reader = files.find((file) => !file.includes('html-form-element'));
  return /[\\/]node_modules[\\/]happy-dom[\\/]/.test(reader ?? '');
}

/**
 * Makes each control its form's own property under its name, as a browser's named-property getter does. A
 * browser's own DOM code never sees such properties (it is native code), but happy-dom's is JavaScript and
 * would (its querySelectorAll calls this.getAttribute, its closest() climbs this.parentElement): reads from
 * happy-dom get the real member. The getter counts its reads, so a walk that goes round in circles through
 * the form fails here instead of hanging.
 */
function shadowFormMembers(added: Map<HTMLFormElement, HTMLInputElement[]>): void {
  for (const [form, controls] of added) {
    for (const control of controls) {
      let reads = 0;
      const get = () => {
        if (readByHappyDom()) return Reflect.get(Object.getPrototypeOf(form) as object, control.name, form);
        if (++reads > READS_BEFORE_LOOP) throw new Error(`form.${control.name} read ${READS_BEFORE_LOOP} times: a walk goes round in circles`);
        return control;
      };
      Object.defineProperty(form, control.name, { get, configurable: true, enumerable: false });
    }
  }
}

/** Undoes both (happy-dom itself calls form.getAttribute while a control is removed, so properties go first). */
function restoreForms(added: Map<HTMLFormElement, HTMLInputElement[]>): void {
  for (const [form, controls] of added) {
    for (const control of controls) delete (form as unknown as Record<string, unknown>)[control.name];
    for (const control of controls) control.remove();
  }
}

describe('DOM clobbering: a form\'s controls named like its members', () => {
  const cases: Array<[string, string[], boolean]> = [
    ['every name at once, on every sample page', CLOBBERED_NAMES, true],
    ...CLOBBERED_NAMES.map((name): [string, string[], boolean] => [name, [name], false]),
  ];

  it.each(cases)('%s: the page reads the same fields and marks them, and cleans up', { timeout: 60_000 }, (_, names, everyPage) => {
    for (const { name, loaded } of samplesFor(everyPage)) {
      const doc = loaded.document;
      const added = addNamedControls(doc, names);
      try {
        // The same controls in place both times: only the form's own properties differ.
        const clean = settled(readAndMark(doc));
        const underTest = pageUnderTest(doc);
        shadowFormMembers(added);
        expect(settled(readAndMark(doc)), name).toEqual(clean);
        // And the harm invariants (values, focus, HTML, events), once with every name at once.
        if (everyPage) readAndMarkWithoutHarm(underTest, 'gap');
      } finally {
        restoreForms(added);
      }
    }
  });

  it('the e2e hostile page holds a control for every name simulated here, so Chromium checks them for real', () => {
    const hostile = samples.find((sample) => sample.name === 'e2e/hostile-page.html')!.loaded.document;
    const named = Array.from(hostile.querySelectorAll('#claim-form > input[type="hidden"]'), (control) => control.getAttribute('name'));
    expect(named).toEqual(CLOBBERED_NAMES);
  });
});
