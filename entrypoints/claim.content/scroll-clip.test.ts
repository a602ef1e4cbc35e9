// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { clipBoxOf, clippingAncestors, isClippedAway } from './scroll-clip';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('clippingAncestors', () => {
  it('finds the inner scroll areas around a field, nearest first, across a shadow root, and not the body', () => {
    document.body.style.overflow = 'hidden';
    document.body.innerHTML = '<div id="outer" style="overflow: auto"><div id="plain"><div id="inner" style="overflow-y: scroll"><span id="host"></span></div></div></div>';
    const host = document.getElementById('host')!;
    const input = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('input'));
    expect(clippingAncestors(input).map((element) => element.id)).toEqual(['inner', 'outer']);
    document.body.style.overflow = '';
  });

  it('stops at a fixed ancestor: scroll areas above it do not clip it', () => {
    document.body.innerHTML = '<div id="outer" style="overflow: hidden"><div id="dialog" style="position: fixed"><input></div></div>';
    expect(clippingAncestors(document.querySelector('input')!)).toEqual([]);
  });
});

describe('clipBoxOf and isClippedAway', () => {
  const rect = (left: number, top: number, width: number, height: number) => ({ left, top, right: left + width, bottom: top + height, width, height }) as DOMRect;
  // Getters on the prototype, as the DOM has them (the layer reads them through the prototype: see dom-builtins.ts).
  const element = (clientWidth: number, clientHeight: number) => Object.create({
    get clientLeft() { return 1; }, get clientTop() { return 1; }, get clientWidth() { return clientWidth; }, get clientHeight() { return clientHeight; },
  }) as Element;

  it('is the intersection of the areas\' padding boxes', () => {
    const grid = element(300, 100);
    const panel = element(500, 500);
    const rects = new Map([[grid, rect(100, 200, 302, 102)], [panel, rect(0, 250, 502, 502)]]);
    expect(clipBoxOf([grid, panel], (one) => rects.get(one)!)).toEqual({ left: 101, top: 251, right: 401, bottom: 301 });
    expect(clipBoxOf([], () => rect(0, 0, 0, 0))).toBeNull();
  });

  it('says a field is clipped away only when no part of it is inside', () => {
    const clip = { left: 0, top: 100, right: 400, bottom: 300 };
    expect(isClippedAway({ left: 10, top: 60, right: 200, bottom: 90 }, clip)).toBe(true);
    expect(isClippedAway({ left: 10, top: 90, right: 200, bottom: 110 }, clip)).toBe(false);
    expect(isClippedAway({ left: 10, top: 60, right: 200, bottom: 90 }, null)).toBe(false);
    expect(isClippedAway({ left: 10, top: 150, right: 200, bottom: 170 }, { left: 0, top: 100, right: 400, bottom: 100 })).toBe(true);
  });
});
