/**
 * A button that copies a snippet. Its name says which one ("Copy snippet for usaid-investments"):
 * the visible word plus text for screen readers, so the name always starts with what is seen.
 * Copying shows "Copied" on the button and says it in a live region; where the page may not
 * write to the clipboard (an http:// address that is not localhost), it says how to copy by hand.
 */
import { useEffect, useRef, useState } from 'react';

async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the older route
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

export function CopyButton({ text, what }: { text: string; what: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const copy = async () => {
    const ok = await writeClipboard(text);
    setState(ok ? 'copied' : 'failed');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setState('idle'), 4000);
  };
  return (
    <span className="hd-copy">
      <button type="button" className="hd-copy-button" data-state={state} onClick={copy}>
        {state === 'copied' ? '✓ Copied' : 'Copy'}
        <span className="hd-visually-hidden"> snippet for {what}</span>
      </button>
      <span role="status" className={state === 'failed' ? 'hd-copy-note' : 'hd-visually-hidden'}>
        {state === 'copied' ? `Copied the snippet for ${what}.` : state === 'failed' ? 'Could not copy: select the snippet and press Ctrl+C (⌘C).' : ''}
      </span>
    </span>
  );
}
