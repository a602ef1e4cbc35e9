// Bundled by the e2e test with esbuild: a Lexical rich-text editor holding the letter from letters.js.
import { $createHeadingNode, HeadingNode, QuoteNode, registerRichText, type HeadingTagType } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical';

const letter = (window as unknown as { CLAIMLINT_LETTERS: Record<string, Array<[string, string]>> }).CLAIMLINT_LETTERS.lexical!;
const editor = createEditor({ namespace: 'letter', nodes: [HeadingNode, QuoteNode], onError: (error) => { throw error; } });
editor.setRootElement(document.getElementById('letter'));
registerRichText(editor);
editor.update(() => {
  const root = $getRoot();
  for (const [tag, text] of letter) {
    const block = tag === 'p' ? $createParagraphNode() : $createHeadingNode(tag as HeadingTagType);
    block.append($createTextNode(text));
    root.append(block);
  }
});
(window as unknown as { editor: unknown }).editor = editor;
