import type { Reply } from '../../utils/messages';

export interface FileImport {
  /** Most bytes the file may have: a larger one is refused before it is read into memory. */
  maxBytes: number;
  /** The sentence for a file over maxBytes. */
  tooLarge: (file: File) => string;
  /** Validates and keeps the text; the title of what was imported, or the reason it was refused. */
  importText: (text: string, fileName: string) => Promise<Reply<{ title: string }>>;
  onError: (error: string) => void;
  onImported: (title: string) => void;
}

/**
 * Imports the JSON file chosen in a file input (a rule pack, a letter template): the input is cleared so the same
 * file can be chosen again, a huge file is refused unread, and any refusal or failure is said, never thrown.
 */
export async function importChosenFile(input: HTMLInputElement, how: FileImport): Promise<void> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  if (file.size > how.maxBytes) {
    how.onError(how.tooLarge(file));
    return;
  }
  try {
    const result = await how.importText(await file.text(), file.name);
    if (result.ok) how.onImported(result.data.title);
    else how.onError(result.error);
  } catch (reason) {
    how.onError(reason instanceof Error ? reason.message : String(reason));
  }
}
