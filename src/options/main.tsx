import { render } from 'preact';

render(<main data-testid="options">Lurewatch settings</main>, document.getElementById('app')!);
