import { render } from 'preact';
import { LetterPage } from './LetterPage';
import './style.css';

render(<LetterPage search={location.search} />, document.getElementById('app')!);
