import type { Plugin } from 'vite';

/**
 * Preact's one HTML sink is the `dangerouslySetInnerHTML` branch of its diff (`dom.innerHTML = html.__html`,
 * names mangled in dist/preact.mjs). ClaimLint never renders raw HTML — page text is always text — so the sink is
 * dead code, but it ships in every bundle that uses preact, and AMO's linter rightly flags an innerHTML assignment
 * it cannot prove safe. Replacing it with a throw removes the sink instead of arguing with the reviewer, and makes
 * a future `dangerouslySetInnerHTML` fail loudly on first render instead of injecting markup.
 */
const PREACT_HTML_SINK = /[\w$]+\.innerHTML\s*=\s*[\w$]+\.__html\b/g;
const PREACT_DIST = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/;
const REFUSE_RAW_HTML =
  '(()=>{throw new Error("ClaimLint renders no raw HTML: dangerouslySetInnerHTML is disabled (scripts/support/no-raw-html.ts)")})()';

/** Preact's dist code with its innerHTML sink replaced by a throw; throws unless there is exactly one sink. */
export function removePreactHtmlSink(code: string): string {
  const sinks = code.match(PREACT_HTML_SINK) ?? [];
  // A preact update that moves or duplicates the sink must stop the build, not ship an unreviewed innerHTML.
  if (sinks.length !== 1) {
    throw new Error(`expected exactly one innerHTML sink in preact's dist, found ${sinks.length}; review no-raw-html.ts`);
  }
  return code.replace(PREACT_HTML_SINK, REFUSE_RAW_HTML);
}

/** Vite plugin for the extension builds (all browsers): preact without its innerHTML sink. */
export function noRawHtml(): Plugin {
  return {
    name: 'claimlint:no-raw-html',
    // The dev server serves esbuild-prebundled deps this hook never sees; store and test builds are what count.
    apply: 'build',
    transform(code, id) {
      if (!PREACT_DIST.test(id)) return null;
      return { code: removePreactHtmlSink(code), map: null };
    },
  };
}
