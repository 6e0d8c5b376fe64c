/**
 * A bundled view formatted again for a regional tag (`es-ES`, `en-GB`): the build formats each
 * language with its own conventions (`languages.ts`); a page that asks for another region's gets
 * this module, and `Intl`, on demand.
 */
import { formatEventDate, formatMetricValue } from '../i18n/format.js';
import type { Locale } from '../core/locale.js';
import { withLocale } from '../i18n/localize.js';
import type { ReportView, View } from './view.js';
import { loadStrings } from '../i18n/strings.js';

export async function reformat(view: View, locale: Locale): Promise<View> {
  await loadStrings(locale.lang).catch(() => undefined);
  const events = (view as Partial<ReportView>).events;
  return withLocale(locale.lang, () => ({
    ...view,
    tag: locale.tag,
    metrics: view.metrics.map((m) => ({ ...m, display: formatMetricValue(m, locale) })),
    ...(events ? { events: events.map((e) => ({ ...e, when: formatEventDate(e, locale) })) } : {}),
  }));
}
