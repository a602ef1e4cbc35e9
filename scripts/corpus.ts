/**
 * npm run corpus: renders each corpus form (test/corpus/forms) with each UI library to static HTML in
 * test/corpus/<library>/<form>.html, with the truth beside it (<form>.json). The rendered pages are committed,
 * so tests never render; these libraries are devDependencies and nothing the extension bundles imports them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS_FORMS, layoutFor, type FormDefinition } from '../test/corpus/forms';
import { pageHtml, truthFor, type RenderedForm } from './corpus/page';
import { renderAntd } from './corpus/render-antd';
import { renderBootstrap } from './corpus/render-bootstrap';
import { renderMantine } from './corpus/render-mantine';
import { renderMui } from './corpus/render-mui';
import { renderPrimeVue } from './corpus/render-primevue';

const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../test/corpus');

const LIBRARIES: Record<string, (form: FormDefinition) => RenderedForm | Promise<RenderedForm>> = {
  mui: renderMui,
  antd: renderAntd,
  mantine: renderMantine,
  bootstrap: renderBootstrap,
  primevue: renderPrimeVue,
};

for (const [library, render] of Object.entries(LIBRARIES)) {
  mkdirSync(join(CORPUS_DIR, library), { recursive: true });
  for (const form of CORPUS_FORMS) {
    const html = pageHtml(library, form, await render(form));
    if (/(src|href)="(https?:)?\/\//.test(html)) throw new Error(`${library}/${form.kind}: the page refers to the network`);
    const layout = layoutFor(form, library);
    const controls = [...layout.sections.flatMap((section) => section.controls), ...(layout.lines?.rows.flat() ?? [])];
    writeFileSync(join(CORPUS_DIR, library, `${form.kind}.html`), html);
    writeFileSync(join(CORPUS_DIR, library, `${form.kind}.json`), `${JSON.stringify(truthFor(library, form, controls), null, 2)}\n`);
    console.log(`${library}/${form.kind}: ${controls.length} controls`);
  }
}
