// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SourceLink } from './SourceLink';

const container = document.createElement('div');
afterEach(() => render(null, container));

describe('SourceLink', () => {
  it('links a web policy in a new tab without a referrer', () => {
    render(<SourceLink source={{ policy: 'Sample Policy', section: '§4', url: 'https://example.org/p', date: '2025-01-15' }} />, container);
    const link = container.querySelector('a')!;
    expect(link.textContent).toBe('Sample Policy, §4');
    expect(link.getAttribute('href')).toBe('https://example.org/p');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noreferrer');
    expect(container.textContent).toContain('(2025-01-15)');
  });

  it('never turns a non-web URL into a link', () => {
    render(<SourceLink source={{ policy: 'Tampered', url: 'javascript:alert(1)', date: '2025-01-15' }} />, container);
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toContain('Tampered');
  });
});
