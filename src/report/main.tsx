import { render } from 'preact';

render(<main data-testid="report">Lurewatch report</main>, document.getElementById('app')!);
