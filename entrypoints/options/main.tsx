import { render } from 'preact';
import { App } from './App';
import '../popup/style.css';
import './style.css';

render(<App />, document.getElementById('app')!);
