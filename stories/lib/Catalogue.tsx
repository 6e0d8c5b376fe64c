/**
 * Every id of the latest bundled report that a page can name, with what it shows in each language
 * and the snippet to paste. Built from the generated views (src/generated/data/<report>.<lang>.ts),
 * which carry the figures and dates exactly as the elements print them.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { ReportView, ViewAgency } from '../../src/data/view.js';
import { LATEST, loadViews } from './report.js';
import { markup } from './site.js';
import { CopyButton } from './CopyButton.js';
import './docs.css';

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', es: 'Español' };
const languageName = (lang: string) => LANGUAGE_NAMES[lang] ?? lang;

interface Row {
  id: string;
  /** What an editor pastes. */
  snippet: string;
  /** What the row shows in each view's language. */
  cells: ReactNode[];
}

function Table({ caption, idHeader, views, rows, note }: { caption: string; idHeader: string; views: ReportView[]; rows: Row[]; note?: ReactNode }) {
  return (
    <section className="hd-section" aria-labelledby={`hd-${caption}`}>
      <h2 id={`hd-${caption}`}>{caption}</h2>
      {note}
      <div className="hd-table-scroll">
        <table className="hd-catalogue">
          <thead>
            <tr>
              <th scope="col">{idHeader}</th>
              {views.map((v) => (
                <th scope="col" key={v.lang} lang={v.lang}>
                  {languageName(v.lang)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} id={`${caption.toLowerCase()}-${r.id}`}>
                <th scope="row" className="hd-id-cell">
                  <span className="hd-id-line">
                    <code className="hd-id">{r.id}</code>
                    <CopyButton text={r.snippet} what={r.id} />
                  </span>
                  <code className="hd-snippet">{r.snippet}</code>
                </th>
                {r.cells.map((c, i) => (
                  <td key={views[i].lang} lang={views[i].textLang}>
                    {c}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function agencyName(a: ViewAgency | undefined): ReactNode {
  if (!a) return null;
  return a.acronym ? (
    <>
      {a.name} <span className="hd-muted">({a.acronym})</span>
    </>
  ) : (
    a.name
  );
}

export function Catalogue() {
  const [views, setViews] = useState<ReportView[] | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    loadViews().then(setViews, (e: unknown) => setError(String(e)));
  }, []);
  if (error) return <p role="alert">The report could not be read: {error}</p>;
  if (!views) return <p aria-busy="true">Reading report {LATEST.id}…</p>;

  const [first] = views;
  const byId = <T extends { id: string }>(list: T[], id: string) => list.find((x) => x.id === id);

  const metrics: Row[] = first.metrics.map((m) => ({
    id: m.id,
    snippet: markup('hled-metric', { metric: m.id }),
    cells: views.map((v) => {
      const vm = byId(v.metrics, m.id);
      return (
        <>
          <strong className="hd-figure">{vm?.display}</strong> {vm?.label}
        </>
      );
    }),
  }));

  const pillars: Row[] = first.pillars.map((p) => ({
    id: String(p.number),
    snippet: markup('hled-pillar', { pillar: p.number }),
    cells: views.map((v) => {
      const vp = v.pillars.find((x) => x.number === p.number);
      return (
        <>
          <span className="hd-muted">{v.words.pillar[p.number] ?? p.number}</span> <strong>{vp?.title}</strong>
        </>
      );
    }),
  }));

  const events: Row[] = first.events.map((e) => ({
    id: e.id,
    snippet: markup('hled-timeline', { pillar: e.pillar }),
    cells: views.map((v) => {
      const ve = byId(v.events, e.id);
      return (
        <>
          <strong>{ve?.when}</strong> <span className="hd-muted">· {ve ? v.contentWords.status[ve.status] : ''}</span>
          <br />
          {ve?.title}
        </>
      );
    }),
  }));

  const agencies: Row[] = first.agencies.map((a) => ({
    id: a.id,
    snippet: markup('hled-agency', { agency: a.id }),
    cells: views.map((v) => agencyName(byId(v.agencies, a.id))),
  }));

  return (
    <div className="hd-page">
      <p>
        Report <code>{LATEST.id}</code> ({LATEST.date}), the latest bundled with the package and what every element shows
        unless it is given <code>report=</code>. Figures and dates appear exactly as the elements print them in each language.
        Use your browser’s find in page (Ctrl+F, ⌘F) to look for a word, a figure or an id.
      </p>
      <nav aria-label="Catalogue sections">
        <ul className="hd-toc">
          <li><a href="#hd-Figures">Figures ({metrics.length})</a></li>
          <li><a href="#hd-Pillars">Pillars ({pillars.length})</a></li>
          <li><a href="#hd-Events">Events ({events.length})</a></li>
          <li><a href="#hd-Agencies">Agencies ({agencies.length})</a></li>
        </ul>
      </nav>
      <Table caption="Figures" idHeader="metric id and snippet" views={views} rows={metrics} />
      <Table caption="Pillars" idHeader="pillar and snippet" views={views} rows={pillars} />
      <Table
        caption="Events"
        idHeader="event id and snippet"
        views={views}
        rows={events}
        note={
          <p>
            No element shows one event alone: the snippet is the timeline of the event’s pillar (or the whole timeline, for
            events that belong to no pillar), in which the event appears. To link to the event itself, add{' '}
            <code>#hled-</code> and its id to the page’s address: the page opens at that event, highlighted.
          </p>
        }
      />
      <Table
        caption="Agencies"
        idHeader="agency id and snippet"
        views={views}
        rows={agencies}
        note={
          <p>
            <code>&lt;hled-agency&gt;</code> shows everything the report says one institution does: its initiatives by pillar,
            its figures and the dates of its initiatives.
          </p>
        }
      />
    </div>
  );
}
