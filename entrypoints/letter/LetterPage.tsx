import { memo } from 'preact/compat';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DraftParagraph, LetterDraft } from '../../rules/letters/draft';
import { renderDraftText } from '../../rules/letters/render-draft';
import { downloadBlob } from '../../utils/download-file';
import { DenialForm } from './DenialForm';
import { editedDraft, paragraphKey } from './edited-draft';
import { letterRequestOf, requestDraft, type SourcePage } from './letter-client';

interface LetterPageProps {
  /** location.search: "?tabId=N&type=lmn|appeal". */
  search: string;
}

type View = { kind: 'idle' } | { kind: 'loading' } | { kind: 'error'; error: string } | { kind: 'draft'; draft: LetterDraft; pages: SourcePage[]; notices: string[]; generation: number };

/**
 * The letter page: the tab's draft (asked of the background, kept only in this page's memory), each paragraph
 * editable, placeholders highlighted, the gaps still open, and Copy / Download .txt / Download .docx / Print.
 * Every word may be page text, so all of it is rendered as text.
 */
export function LetterPage({ search }: LetterPageProps) {
  const request = useMemo(() => letterRequestOf(search), [search]);
  const [view, setView] = useState<View>(request ? { kind: request.letter === 'lmn' ? 'loading' : 'idle' } : { kind: 'error', error: 'No tab to draft from: open this page from ClaimLint\'s popup.' });
  const edits = useRef(new Map<string, string>());
  const [editCount, setEditCount] = useState(0);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  const generation = useRef(0);
  const lastDenial = useRef<string | undefined>(undefined);
  // Other open pages of the patient the user chose not to draft from (by tab), kept across "Draft again".
  const leftOut = useRef(new Set<number>());

  const load = useCallback((denial?: string) => {
    if (!request) return;
    lastDenial.current = denial;
    setView({ kind: 'loading' });
    setStatus(null);
    void requestDraft(request.tabId, request.letter, denial, leftOut.current).then((reply) => {
      edits.current = new Map();
      generation.current += 1;
      setView(reply.ok ? { kind: 'draft', draft: reply.data.draft, pages: reply.data.pages, notices: reply.data.notices, generation: generation.current } : { kind: 'error', error: reply.error });
    });
  }, [request]);

  const toggleSource = useCallback((tabId: number) => {
    if (leftOut.current.has(tabId)) leftOut.current.delete(tabId);
    else leftOut.current.add(tabId);
    load(lastDenial.current);
  }, [load]);

  useEffect(() => {
    if (request?.letter === 'lmn') load();
  }, [request, load]);

  const onEdit = useCallback((key: string, text: string) => {
    edits.current.set(key, text);
    setEditCount((count) => count + 1);
  }, []);

  const current = view.kind === 'draft' ? editedDraft(view.draft, edits.current) : null;
  void editCount; // re-render (the gap list) after each edit

  const letterWord = request?.letter === 'appeal' ? 'appeal' : 'letter';
  return (
    <div class="letter">
      <header class="letter-bar">
        <h1>{request?.letter === 'appeal' ? 'Appeal draft' : 'Letter of medical necessity draft'}</h1>
        {current && <LetterActions draft={current} fileBase={request?.letter === 'appeal' ? 'appeal-letter' : 'letter-of-medical-necessity'} onStatus={setStatus} />}
      </header>
      <main>
        {request?.letter === 'appeal' && <DenialForm busy={view.kind === 'loading'} onSubmit={load} />}
        {status && <p class={status.error ? 'status error' : 'status'} role={status.error ? 'alert' : 'status'}>{status.text}</p>}
        {view.kind === 'loading' && <p role="status">Drafting…</p>}
        {view.kind === 'error' && (
          <div role="alert" class="error">
            <p>{view.error}</p>
            {request && (request.letter === 'lmn' || lastDenial.current !== undefined) && (
              <button type="button" onClick={() => load(lastDenial.current)}>Draft again</button>
            )}
          </div>
        )}
        {view.kind === 'draft' && current && (
          <>
            <DraftedFrom pages={view.pages} onToggle={toggleSource} />
            {view.notices.map((notice) => <p key={notice} class="status error">{notice}</p>)}
            <GapList draft={current} letterWord={letterWord} />
            <BillerNotes draft={view.draft} />
            <article class="letter-body" aria-label={`The ${letterWord}, editable`}>
              <h2 class="letter-title">{view.draft.title}</h2>
              {view.draft.sections.map((section, s) => (
                <section key={`${view.generation}-${section.id}-${s}`} aria-label={section.heading}>
                  <h3>{section.heading}</h3>
                  {section.paragraphs.map((paragraph, p) => (
                    <EditableParagraph
                      key={`${view.generation}-${s}-${p}`}
                      paragraph={paragraph}
                      label={`${section.heading}, paragraph ${p + 1}`}
                      editKey={paragraphKey(s, p)}
                      onEdit={onEdit}
                    />
                  ))}
                </section>
              ))}
              {view.draft.enclosures.length > 0 && (
                <section aria-label="Enclosures">
                  <h3>Enclosures</h3>
                  <ul>{view.draft.enclosures.map((enclosure) => <li key={enclosure}>{enclosure}</li>)}</ul>
                </section>
              )}
            </article>
          </>
        )}
      </main>
    </div>
  );
}

/**
 * An appeal's notes for the biller (what to fix before appealing, the deadline, external review): shown beside the
 * letter, never inside it, so Copy, the downloads and Print carry only the letter.
 */
function BillerNotes({ draft }: { draft: LetterDraft }) {
  const notes = draft.notes ?? [];
  if (notes.length === 0) return null;
  return (
    <section class="biller-notes" aria-labelledby="biller-notes-heading">
      <h2 id="biller-notes-heading">Before you send (for you, not part of the letter)</h2>
      {notes.map((note, n) => (
        <div key={`${note.id}-${n}`}>
          <h3>{note.heading}</h3>
          {note.paragraphs.map((paragraph, p) => <p key={p}>{paragraph.parts.map((part) => part.text).join('')}</p>)}
        </div>
      ))}
    </section>
  );
}

/** The open pages the draft drew on: this tab, and any other tab about the same patient. */
/**
 * The pages the letter was drafted from. Other open pages about the same patient are used unless the user unticks
 * them (a page about the same member that is not this episode of care); the letter is then drafted again.
 */
function DraftedFrom({ pages, onToggle }: { pages: SourcePage[]; onToggle: (tabId: number) => void }) {
  if (pages.length < 2) return <p class="hint drafted-from">Drafted from this page: {pages[0]?.title}</p>;
  const used = pages.filter((page) => page.used).length;
  return (
    <fieldset class="hint drafted-from">
      <legend>{used === 1 ? 'Drafted from this page only' : `Drafted from ${used} open pages about the same patient`} (same member ID, or same name and date of birth):</legend>
      <ul>
        <li>{pages[0]!.title} (this page)</li>
        {pages.slice(1).map((page) => (
          <li key={page.tabId}>
            <label>
              <input type="checkbox" checked={page.used} onChange={() => onToggle(page.tabId)} /> {page.title}
            </label>
          </li>
        ))}
      </ul>
      <p class="hint">Untick a page to draft without it (your edits to the letter are then lost).</p>
    </fieldset>
  );
}

function GapList({ draft, letterWord }: { draft: LetterDraft; letterWord: string }) {
  if (draft.gaps.length === 0) return <p class="gaps complete" role="status">No placeholders left: every part of the {letterWord} comes from the page or from what you wrote. Read it through before you sign it.</p>;
  return (
    <section class="gaps" aria-labelledby="gaps-heading">
      <h2 id="gaps-heading">{draft.gaps.length === 1 ? '1 placeholder to fill' : `${draft.gaps.length} placeholders to fill`}</h2>
      <p class="hint">The page does not show these, or shows them wrong. Replace each highlighted placeholder in the {letterWord} with what the records say.</p>
      <ul>
        {draft.gaps.map((gap, at) => (
          <li key={`${gap.checklistId}/${gap.ruleId}/${at}`}>
            {gap.problem && <strong>{gap.problem === 'invalid' ? 'Wrong on the page: ' : 'Disagrees on the page: '}</strong>}
            {gap.what} <span class="rule">({gap.checklistId}/{gap.ruleId})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface EditableParagraphProps {
  paragraph: DraftParagraph;
  label: string;
  editKey: string;
  onEdit: (key: string, text: string) => void;
}

/**
 * One paragraph the user edits in place. Rendered once per draft: re-rendering it while the user types would move
 * the caret, so the typed text is read from the element (innerText keeps line breaks) and kept beside the draft.
 */
const EditableParagraph = memo(function EditableParagraph({ paragraph, label, editKey, onEdit }: EditableParagraphProps) {
  return (
    <p
      class="letter-paragraph"
      contentEditable="plaintext-only"
      role="textbox"
      aria-multiline="true"
      aria-label={label}
      tabIndex={0}
      onInput={(event) => onEdit(editKey, paragraphText(event.currentTarget))}
    >
      {paragraph.parts.map((part, at) => ('placeholder' in part ? <mark key={at} class="placeholder">{part.text}</mark> : <span key={at}>{part.text}</span>))}
    </p>
  );
}, () => true);

function paragraphText(element: HTMLElement): string {
  const text = typeof element.innerText === 'string' ? element.innerText : (element.textContent ?? '');
  return text.replace(/\n$/, '');
}

interface LetterActionsProps {
  draft: LetterDraft;
  fileBase: string;
  onStatus: (status: { text: string; error?: boolean } | null) => void;
}

function LetterActions({ draft, fileBase, onStatus }: LetterActionsProps) {
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(renderDraftText(draft));
      onStatus({ text: 'Copied the letter as plain text.' });
    } catch {
      onStatus({ text: 'The browser did not allow copying. Select the letter and copy it, or download it.', error: true });
    }
  };
  const downloadDocx = async () => {
    try {
      // The Word writer is large: loaded only when asked for, so no other page or script carries it.
      const { renderDraftDocx } = await import('../../utils/letters/render-docx');
      const bytes = await renderDraftDocx(draft);
      downloadBlob(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }), `${fileBase}.docx`);
      onStatus(null);
    } catch (error) {
      onStatus({ text: `Couldn't make the Word file: ${error instanceof Error ? error.message : String(error)}`, error: true });
    }
  };
  return (
    <div class="letter-actions">
      <button type="button" onClick={() => void copy()}>Copy to clipboard</button>
      <button type="button" onClick={() => downloadBlob(new Blob([renderDraftText(draft)], { type: 'text/plain;charset=utf-8' }), `${fileBase}.txt`)}>Download .txt</button>
      <button type="button" onClick={() => void downloadDocx()}>Download .docx</button>
      <button type="button" onClick={() => window.print()}>Print</button>
    </div>
  );
}

