import { slugify } from '../article/article.js';

/** The files the app writes: the native JSON and the other formats. */
export type ExportKind = 'json' | 'w3c' | 'claimreview' | 'csv';

const FILES: Record<ExportKind, { suffix: string; type: string }> = {
  json: { suffix: '.factcheck.json', type: 'application/json' },
  w3c: { suffix: '.annotations.jsonld', type: 'application/ld+json' },
  claimreview: { suffix: '.claimreview.jsonld', type: 'application/ld+json' },
  csv: { suffix: '.claims.csv', type: 'text/csv;charset=utf-8' },
};

/** The name and media type of an export of the article titled `title`: `kosovo-to-deploy.factcheck.json`. */
export function exportFile(kind: ExportKind, title: string): { name: string; type: string } {
  const { suffix, type } = FILES[kind];
  return { name: `${slugify(title)}${suffix}`, type };
}

/**
 * Whether JSON data is W3C Web Annotation JSON-LD (an annotation, a page,
 * a collection, or a list of annotations) rather than our own format.
 */
export function looksLikeW3C(data: unknown): boolean {
  const items = Array.isArray(data) ? data : [data];
  return (
    items.length > 0 &&
    items.every((item) => {
      if (!item || typeof item !== 'object') return false;
      const type = (item as { type?: unknown }).type;
      const types = Array.isArray(type) ? type : [type];
      return types.some((t) => t === 'Annotation' || t === 'AnnotationCollection' || t === 'AnnotationPage');
    })
  );
}
