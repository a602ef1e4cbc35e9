import { render } from 'preact';
import { App } from './App';
import { preloadOptions } from './preload';
import '../popup/style.css';
import './style.css';

// One paint with the stored values: nothing is rendered until they are read (or the budget runs out).
void preloadOptions().then(() => render(<App />, document.getElementById('app')!));
