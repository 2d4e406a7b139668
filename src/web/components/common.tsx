/** Small pieces shared by the pages: citations, the disagreement mark, claim values. */
import { quantityLabel, type QuantityValue, type Source } from '../../domain/index.js';
import type { ClaimView } from '../data.js';
import { formatValue } from '../facts.js';
import { href, t, tKey, type UiLang } from '../i18n.js';

/** A short label for a source in a citation: its first author's family name or its title. */
export function sourceLabel(s: Source | undefined, id: string): string {
  if (!s) return id;
  const a = s.author?.[0];
  const who = a ? ('family' in a ? a.family : a.literal) : undefined;
  const year = s.issued?.slice(0, 4);
  if (who) return year ? `${who} ${year}` : who;
  return s.title.length > 40 ? s.title.slice(0, 38) + '…' : s.title;
}

/** The sources of a claim as links to /sources/{id}, with the quote in the tooltip. */
export function Cites(props: { lang: UiLang; claim: ClaimView; sources: Map<string, Source>; also?: ClaimView[] }) {
  const seen = new Set<string>();
  const all = [props.claim, ...(props.also ?? [])].flatMap((c) => c.references);
  const refs = all.filter((r) => (seen.has(r.source) ? false : (seen.add(r.source), true)));
  return (
    <span class="cites">
      {refs.map((r) => (
        <a class="cite" href={href(props.lang, `/sources/${r.source}`)} title={r.quote ? `“${r.quote}”` : undefined}>
          {sourceLabel(props.sources.get(r.source), r.source)}
        </a>
      ))}
    </span>
  );
}

/** The mark shown beside a figure whose sources disagree; links to the disagreement. */
export function DisputeMark(props: { lang: UiLang; subject: string; property: string }) {
  return (
    <a
      class="dispute"
      href={href(props.lang, `/conflicts#${props.subject}-${props.property}`)}
      title={t(props.lang, 'disagreeMark')}
    >
      <span aria-hidden="true">≠</span>
      <span class="visually-hidden">{t(props.lang, 'disagree')}</span>
    </a>
  );
}

/**
 * What a quantity counts, in the page's language when the data has it (the
 * Russian label on Russian pages), else as written, marked with its own
 * language so a screen reader pronounces it right.
 */
export function QuantityWhat(props: { lang: UiLang; value: QuantityValue; capital?: boolean }) {
  const label = quantityLabel(props.value, props.lang);
  const text = props.capital ? label.text.charAt(0).toUpperCase() + label.text.slice(1) : label.text;
  return label.lang === props.lang ? <>{text}</> : <span lang={label.lang}>{text}</span>;
}

/** A claim's value with its status when it is not accepted. */
export function ClaimValue(props: { lang: UiLang; claim: ClaimView; bare?: boolean }) {
  const c = props.claim;
  return (
    <span class="claim-value">
      {c.property === 'quantity' && !props.bare ? (
        <>
          <QuantityWhat lang={props.lang} value={c.value as QuantityValue} />: {formatValue(props.lang, c, true)}
        </>
      ) : (
        formatValue(props.lang, c, props.bare)
      )}
      {c.status !== 'accepted' && (
        <span class={`status status-${c.status}`}>{tKey(props.lang, `status_${c.status}`)}</span>
      )}
    </span>
  );
}

/** The label of a property, narrowed by its qualifier where it has one. */
export function propertyLabel(
  lang: UiLang,
  c: Pick<ClaimView, 'property' | 'qualifiers' | 'value'>,
  withFacet = false,
): string {
  if (withFacet && c.property === 'quantity') {
    const what = quantityLabel(c.value as QuantityValue, lang).text;
    return what.charAt(0).toUpperCase() + what.slice(1);
  }
  if (withFacet && c.property === 'casualties') {
    return `${tKey(lang, 'prop_casualties')} (${tKey(lang, `side_${(c.value as { side: string }).side}`)})`;
  }
  const base = tKey(lang, `prop_${c.property}`);
  return c.qualifiers.act ? `${base} (${tKey(lang, `act_${c.qualifiers.act}`)})` : base;
}

/** A figure row's label: the property narrowed by its facet; a quantity's in its own language (see QuantityWhat). */
export function FigureLabel(props: { lang: UiLang; claim: ClaimView }) {
  const c = props.claim;
  if (c.property === 'quantity') return <QuantityWhat lang={props.lang} value={c.value as QuantityValue} capital />;
  return <>{propertyLabel(props.lang, c, true)}</>;
}

/** All source ids a list of claims cites. */
export function citedSources(claims: ClaimView[]): string[] {
  return claims.flatMap((c) => c.references.map((r) => r.source));
}

/**
 * The claims a document or a source gives, one row each: subject (a link),
 * property, value and the quote that supports it. The pages differ only in
 * where a subject links, which reference holds the quote, and row anchors.
 */
export function ClaimsTable(props: {
  lang: UiLang;
  claims: ClaimView[];
  subjectHref: (c: ClaimView) => string;
  subjectName: (subject: string) => string;
  quoteOf: (c: ClaimView) => string | undefined;
  /** Give each row the id `claim-{id}`, so other pages can link to it. */
  anchors?: boolean;
}) {
  const { lang } = props;
  return (
    <div class="table-wrap">
      <table class="claims-table">
        <thead>
          <tr>
            <th scope="col">{t(lang, 'subject')}</th>
            <th scope="col">{t(lang, 'property')}</th>
            <th scope="col">{t(lang, 'value')}</th>
            <th scope="col">{t(lang, 'quote')}</th>
          </tr>
        </thead>
        <tbody>
          {props.claims.map((c) => {
            const quote = props.quoteOf(c);
            return (
              <tr id={props.anchors ? `claim-${c.id}` : undefined}>
                <td>
                  <a href={props.subjectHref(c)}>{props.subjectName(c.subject)}</a>
                </td>
                <td>{propertyLabel(lang, c)}</td>
                <td>
                  <ClaimValue lang={lang} claim={c} />
                </td>
                <td class="quote">{quote ? `“${quote}”` : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
