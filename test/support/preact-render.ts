import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

/**
 * A container for rendering a component under test, attached to the document (happy-dom sends a checkbox's or
 * select's change event only from a connected element) and emptied after each test.
 */
export function attachedContainer(): HTMLElement {
  const container = document.body.appendChild(document.createElement('div'));
  afterEach(() => render(null, container));
  return container;
}

/** Lets pending promises and timers (storage reads, watchers) run, and preact re-render after them. */
export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((done) => setTimeout(done, 0));
  });
}
