/**
 * A small React app using the wrappers from `hled-widgets/react.js`: props become element
 * properties, `onHledError` receives the element's `hled-error` event. Every string of the app
 * follows the language chosen (English or Mexican Spanish), as the widgets do. Built by
 * `npm run build` (vite, see vite.config.ts here) into examples/react/dist/; see README.md here.
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { HledMetric, HledPillar, type HledErrorDetail } from 'hled-widgets/react.js';
import './app.css';

type Lang = 'en' | 'es';

/** The app's own words, in each language (the widgets bring theirs). */
const TEXT = {
  en: {
    documentTitle: 'HLED figures — hled-widgets in a React app',
    eyebrow: 'Example: a React app',
    title: 'U.S.–Mexico High-Level Economic Dialogue: figures',
    intro: 'Two widgets of the HLED progress report, placed by React. The button switches the page and the widgets to Spanish.',
    // The other language's name is written in that language (and marked so), as language switchers do.
    switchTo: { lang: 'es', label: 'Español', hint: 'Show this page in Spanish' },
    figure: 'One figure of the report',
    errors: 'An id that does not exist',
    errorsText: 'The widget shows a short message instead of breaking the page, and tells the app through the onHledError prop.',
    showBroken: 'Show a metric that does not exist',
    reported: 'Error reported to the app:',
  },
  es: {
    documentTitle: 'Cifras del DEAN — hled-widgets en una aplicación de React',
    eyebrow: 'Ejemplo: una aplicación de React',
    title: 'Diálogo Económico de Alto Nivel México–Estados Unidos: cifras',
    intro: 'Dos componentes que muestran partes del informe de avances del DEAN, insertados con React. El botón cambia la página y los componentes al inglés.',
    switchTo: { lang: 'en', label: 'English', hint: 'Ver esta página en inglés' },
    figure: 'Una cifra del informe',
    errors: 'Un identificador que no existe',
    errorsText: 'El componente muestra un mensaje breve, sin afectar el resto de la página, y avisa a la aplicación mediante la propiedad onHledError.',
    showBroken: 'Mostrar una cifra que no existe',
    reported: 'Error notificado a la aplicación:',
  },
} as const;

function App() {
  const [lang, setLang] = useState<Lang>('en');
  const [showBroken, setShowBroken] = useState(false);
  const [error, setError] = useState<HledErrorDetail>();
  const t = TEXT[lang];
  // Spanish as Mexico writes it; the widgets read any es-* as Spanish with Mexican conventions.
  const tag = lang === 'es' ? 'es-MX' : 'en';

  // The document's language and title follow too (screen readers, tabs, bookmarks).
  useEffect(() => {
    document.documentElement.lang = tag;
    document.title = t.documentTitle;
  }, [tag, t]);

  return (
    <>
      <header className="app-header">
        <div className="app-wrap app-header__row">
          <div>
            <p className="app-eyebrow">{t.eyebrow}</p>
            <h1>{t.title}</h1>
          </div>
          <button
            type="button"
            id="switch-language"
            className="app-button app-button--light"
            title={t.switchTo.hint}
            onClick={() => setLang(lang === 'en' ? 'es' : 'en')}
          >
            <span lang={t.switchTo.lang}>{t.switchTo.label}</span>
          </button>
        </div>
      </header>
      <main className="app-wrap" lang={tag}>
        <p className="app-lead">{t.intro}</p>
        <section className="app-card" aria-labelledby="figure-heading">
          <h2 id="figure-heading">{t.figure}</h2>
          <HledMetric metric="usaid-investments" lang={tag} />
        </section>
        <section className="app-card">
          <HledPillar pillar="3" lang={tag} headingLevel={2} />
        </section>
        <section className="app-card" aria-labelledby="errors-heading">
          <h2 id="errors-heading">{t.errors}</h2>
          <p>{t.errorsText}</p>
          <button type="button" id="show-broken" className="app-button" onClick={() => setShowBroken(true)} disabled={showBroken}>
            {t.showBroken}
          </button>
          {showBroken && <HledMetric metric="no-such-metric" onHledError={(e) => setError(e.detail)} />}
          {error && (
            <p role="status" id="error-code" className="app-status">
              {t.reported} <code>{error.code}</code>
            </p>
          )}
        </section>
      </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
