// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { canFillSuggestion, fillSuggestionOnUserClick } from './fill-suggestion';

/** What a page's own listener (React's, say) sees: each event's type and the value at that moment. */
function recordEvents(element: Element): string[] {
  const seen: string[] = [];
  for (const type of ['input', 'change']) {
    document.addEventListener(type, (event) => {
      if (event.target === element) seen.push(`${type}:${(element as HTMLInputElement).value}:${event.bubbles}`);
    });
  }
  return seen;
}

function undoKey(element: Element): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, cancelable: true });
  element.dispatchEvent(event);
  return event;
}

let session: AbortController;
beforeEach(() => {
  session = new AbortController();
  // happy-dom has no editing commands: one that answers "not done" sends the fill down the fallback path (the
  // browser's own typing is covered in real Chromium, test/e2e/mark-card.e2e.test.ts).
  Object.defineProperty(document, 'execCommand', { value: vi.fn(() => false), configurable: true, writable: true });
});
afterEach(() => {
  session.abort();
  delete (document as { execCommand?: unknown }).execCommand;
  document.body.innerHTML = '';
});

describe('fillSuggestionOnUserClick on a text box', () => {
  it('sets the value through the native setter and fires bubbling input and change events the page sees', () => {
    document.body.innerHTML = '<input id="dx" value="M54.5">';
    const input = document.querySelector('input')!;
    const seen = recordEvents(input);
    expect(fillSuggestionOnUserClick(input, 'M54.50', session.signal)).toBe(true);
    expect(input.value).toBe('M54.50');
    expect(seen).toEqual(['input:M54.50:true', 'change:M54.50:true']);
    expect(document.activeElement).toBe(input);
  });

  it('takes the browser\'s own typing when execCommand replaced the text, and then sets nothing itself', () => {
    document.body.innerHTML = '<textarea>M54.5</textarea>';
    const box = document.querySelector('textarea')!;
    vi.mocked(document.execCommand).mockImplementation((command, _ui, value) => {
      expect(box.selectionStart === 0 && box.selectionEnd === box.value.length).toBe(true);
      box.value = command === 'insertText' ? value! : box.value;
      return true;
    });
    const seen = recordEvents(box);
    expect(fillSuggestionOnUserClick(box, 'M54.59', session.signal)).toBe(true);
    expect(document.execCommand).toHaveBeenCalledWith('insertText', false, 'M54.59');
    expect(box.value).toBe('M54.59');
    expect(seen).toEqual([]);
  });

  it('puts the old value back once on Ctrl+Z, through the same events', () => {
    document.body.innerHTML = '<input value="3">';
    const input = document.querySelector('input')!;
    fillSuggestionOnUserClick(input, '2', session.signal);
    const seen = recordEvents(input);
    expect(undoKey(input).defaultPrevented).toBe(true);
    expect(input.value).toBe('3');
    expect(seen).toEqual(['input:3:true', 'change:3:true']);
    // Once only: a second Ctrl+Z is the page's and the browser's again.
    expect(undoKey(input).defaultPrevented).toBe(false);
    expect(input.value).toBe('3');
  });

  it('leaves Ctrl+Z alone once the user typed something else in the field', () => {
    document.body.innerHTML = '<input value="3">';
    const input = document.querySelector('input')!;
    fillSuggestionOnUserClick(input, '2', session.signal);
    input.value = '4';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(undoKey(input).defaultPrevented).toBe(false);
    expect(input.value).toBe('4');
  });

  it('falls back to the native setter where execCommand does not exist', () => {
    delete (document as { execCommand?: unknown }).execCommand;
    document.body.innerHTML = '<input value="4">';
    const input = document.querySelector('input')!;
    const seen = recordEvents(input);
    expect(fillSuggestionOnUserClick(input, '3', session.signal)).toBe(true);
    expect(seen).toEqual(['input:3:true', 'change:3:true']);
  });

  it('writes nothing into a read-only, disabled or non-text control', () => {
    document.body.innerHTML = '<input readonly value="a"><input disabled value="b"><input type="checkbox"><div contenteditable>c</div>';
    const [readOnly, disabled, checkbox] = [...document.querySelectorAll('input')];
    const editor = document.querySelector('div')!;
    for (const element of [readOnly!, disabled!, checkbox!, editor]) {
      expect(canFillSuggestion(element, 'x')).toBe(false);
      expect(fillSuggestionOnUserClick(element, 'x', session.signal)).toBe(false);
    }
    expect([readOnly!.value, disabled!.value, editor.textContent]).toEqual(['a', 'b', 'c']);
  });
});

describe('fillSuggestionOnUserClick on a select', () => {
  const select = () => {
    document.body.innerHTML = '<select><option value="">Choose</option><option value="a1">90837 - Psychotherapy, 60 min</option>'
      + '<option value="a2">90834 - Psychotherapy, 45 min</option></select>';
    return document.querySelector('select')!;
  };

  it('chooses the option whose text starts with the code, firing input and change, and Ctrl+Z chooses the old one', () => {
    const element = select();
    element.value = 'a1';
    const seen = recordEvents(element);
    expect(canFillSuggestion(element, '90834')).toBe(true);
    expect(fillSuggestionOnUserClick(element, '90834', session.signal)).toBe(true);
    expect(element.value).toBe('a2');
    expect(seen).toEqual(['input:a2:true', 'change:a2:true']);
    undoKey(element);
    expect(element.value).toBe('a1');
  });

  it('writes nothing when no option holds the value', () => {
    const element = select();
    expect(canFillSuggestion(element, '90832')).toBe(false);
    expect(fillSuggestionOnUserClick(element, '90832', session.signal)).toBe(false);
    expect(element.value).toBe('');
  });
});
