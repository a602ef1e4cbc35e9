import { render } from 'preact';
import { Report } from './Report';
import './style.css';

render(<Report search={location.search} />, document.getElementById('app')!);
