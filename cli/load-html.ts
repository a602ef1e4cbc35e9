/**
 * Opens a saved HTML page as a DOM without running anything in it: happy-dom with scripts, script files,
 * stylesheets, iframes and navigation all off, so a saved page cannot execute code or reach the network.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Bad input (exit status 2): the message is shown as is, on one line. */
export class InputError extends Error {}

export interface LoadedPage {
  document: Document;
  /** Releases the window; call when done, or the process may not exit. */
  close(): Promise<void>;
}

const HTML_EXTENSIONS = new Set(['.html', '.htm']);
/** Claim pages are far smaller; a bigger file is almost surely not one, and would be slow to parse. */
const MAX_BYTES = 50 * 1024 * 1024;

export interface LoadOptions {
  /**
   * Run the page's inline scripts (happy-dom's VM is no sandbox). Only for the project's own synthetic fixture
   * pages, whose widgets build their shadow roots in script; never for a page a user hands the CLI.
   */
  runTrustedScripts?: boolean;
}

/** Reads and parses an .html/.htm file. Throws InputError when it is missing, unreadable or not HTML. */
export async function loadHtmlFile(path: string, options: LoadOptions = {}): Promise<LoadedPage> {
  const extension = extname(path).toLowerCase();
  if (!HTML_EXTENSIONS.has(extension)) {
    throw new InputError(`${path}: unknown format ${extension ? `"${extension}"` : '(no extension)'}; ClaimLint reads saved pages (.html, .htm), letters and notes (.txt, .md), X12 837P claim files and FHIR JSON`);
  }
  return loadHtmlText(await readText(path), pathToFileURL(resolve(path)).href, options);
}

/** Parses a page's HTML (from a file or standard input) as loadHtmlFile does; `url` is the address it is read at. */
export async function loadHtmlText(html: string, url: string, options: LoadOptions = {}): Promise<LoadedPage> {
  // Loaded here, not at the top: happy-dom is most of the CLI's start-up cost, and only saved pages need it.
  const { Window } = await import('happy-dom');
  const window = new Window({
    url,
    settings: {
      enableJavaScriptEvaluation: options.runTrustedScripts === true,
      suppressInsecureJavaScriptEnvironmentWarning: options.runTrustedScripts === true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  window.document.write(html);
  if (options.runTrustedScripts) await window.happyDOM.waitUntilComplete();
  attachDeclarativeShadowRoots(window.document as unknown as Document);
  selectOptionsAsSaved(window.document as unknown as Document);
  return {
    document: window.document as unknown as Document,
    close: () => window.happyDOM.close(),
  };
}

/**
 * What a browser's parser does with <template shadowrootmode="open|closed">, which happy-dom's parser leaves as
 * a template: attach the shadow root to the template's parent and move the content in, innermost first.
 */
export function attachDeclarativeShadowRoots(root: Document | DocumentFragment): void {
  for (const template of Array.from(root.querySelectorAll('template[shadowrootmode]'))) {
    const mode = template.getAttribute('shadowrootmode')?.toLowerCase();
    const host = template.parentElement;
    if ((mode !== 'open' && mode !== 'closed') || !host || host.shadowRoot) continue;
    const content = (template as HTMLTemplateElement).content;
    attachDeclarativeShadowRoots(content);
    host.attachShadow({ mode }).append(content);
    template.remove();
  }
}

/** A file's text, with InputError for what a user can fix (missing, a directory, too big, unreadable). */
export async function readText(path: string): Promise<string> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
    if (info.size > MAX_BYTES) throw new InputError(`${path}: file is larger than ${MAX_BYTES / 1024 / 1024} MB`);
    return await readFile(path, 'utf8');
  } catch (error) {
    throw asInputError(path, error);
  }
}

/** A failed file read as one line for the user: what is wrong with the path, never a stack trace. */
export function asInputError(path: string, error: unknown): InputError {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError(`${path}: no such file`);
  if (code === 'EACCES' || code === 'EPERM') return new InputError(`${path}: permission denied`);
  return new InputError(`${path}: cannot read file (${code ?? 'unknown error'})`);
}

/**
 * A saved page records a choice as <option selected>. happy-dom (21) does not always honour that attribute when
 * it parses (it can leave the first non-empty option selected), so the choice is re-applied from the markup,
 * as a browser would show the saved page. This is the CLI's own copy of the page; nothing is written back.
 */
export function selectOptionsAsSaved(root: Document): void {
  for (const select of Array.from(root.querySelectorAll('select'))) {
    const marked = Array.from(select.options).filter((option) => option.hasAttribute('selected'));
    if (marked.length === 0) continue;
    for (const option of Array.from(select.options)) option.selected = select.multiple ? option.hasAttribute('selected') : option === marked.at(-1);
  }
}
