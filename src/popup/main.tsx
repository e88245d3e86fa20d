import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

function Popup() {
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    void browser.runtime
      .sendMessage({ type: 'ping' })
      .then((r) => setVersion((r as { version: string }).version));
  }, []);
  return <main data-testid="popup">{version ? `Lurewatch ${version}` : 'Lurewatch'}</main>;
}

render(<Popup />, document.getElementById('app')!);
