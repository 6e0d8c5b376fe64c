/**
 * A small React app using the wrappers from `hled-widgets/react.js`: props become element
 * properties, `onHledError` receives the element's `hled-error` event. Built by `npm run build`
 * (vite, see vite.config.ts here) into examples/react/dist/.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { HledMetric, HledPillar, type HledErrorDetail } from 'hled-widgets/react.js';

function App() {
  const [lang, setLang] = useState<'en' | 'es'>('en');
  const [showBroken, setShowBroken] = useState(false);
  const [error, setError] = useState<HledErrorDetail>();
  return (
    <main lang={lang}>
      <h1>{lang === 'en' ? 'HLED figures' : 'Cifras del DEAN'}</h1>
      <button type="button" onClick={() => setLang(lang === 'en' ? 'es' : 'en')}>
        {lang === 'en' ? 'Español' : 'English'}
      </button>
      <HledMetric metric="usaid-investments" lang={lang} />
      <HledPillar pillar="3" lang={lang} headingLevel={2} />
      <button type="button" id="show-broken" onClick={() => setShowBroken(true)}>
        Show a metric that does not exist
      </button>
      {showBroken && <HledMetric metric="no-such-metric" onHledError={(e) => setError(e.detail)} />}
      {error && (
        <p role="status" id="error-code">
          hled-error: {error.code}
        </p>
      )}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
