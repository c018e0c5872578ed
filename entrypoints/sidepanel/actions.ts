// Side-panel effects that are not React: extraction of a draft into a merge plan, file reading, downloads,
// clipboard. Kept out of App.tsx so the component reads as state and wiring.

import type { ArticleDraft } from '@/components/sidepanel/AddArticle';
import { extractCorpus } from '@/lib/extract';
import type { Statement } from '@/lib/extract/pack';
import { type CitationStyle, citationData, formatCitation } from '@/lib/research/cite';
import type { Corpus } from '@/lib/research/corpus';
import type { ExportFile } from '@/lib/research/export';
import type { Translate } from '@/lib/research/i18n';
import { articleIdFor, type ImportError, type MergePlan, mergePack, parseImport } from '@/lib/research/import';
import { toLatin } from '@/lib/research/latin';
import { type ArticlePreviewData, previewOf } from '@/lib/research/preview';

export interface PendingArticle {
  plan: MergePlan;
  preview: ArticlePreviewData;
}

/** Run the extraction pipeline on a draft and plan what saving it adds to the corpus. */
export function extractDraft(corpus: Corpus, d: ArticleDraft): PendingArticle {
  const text = d.text.replace(/\r\n/g, '\n');
  const pack = extractCorpus([
    {
      id: articleIdFor(text),
      text,
      title: d.title.trim() || null,
      date: d.date.trim() || null,
      source: d.source.trim() || null,
      url: d.url.trim() || null,
    },
  ]);
  return { plan: mergePack(corpus, pack), preview: previewOf(pack) };
}

export const parseHtml = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

export function importMessage(e: ImportError, t: Translate): string {
  const params = { name: e.fileName, message: e.detail };
  return t(`import.${e.code}`, params);
}

export { parseImport };

export function download(f: ExportFile): void {
  const url = URL.createObjectURL(new Blob([f.text], { type: f.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = f.filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function copyCitation(corpus: Corpus, s: Statement, style: CitationStyle): Promise<string> {
  const text = formatCitation(citationData(corpus, s, { latin: toLatin }), style, new Date().toISOString().slice(0, 10));
  await navigator.clipboard.writeText(text);
  return text;
}

export const draftOf = (input: {
  text: string;
  title?: string | null;
  date?: string | null;
  source?: string | null;
  url?: string | null;
}): ArticleDraft => ({
  text: input.text,
  title: input.title ?? '',
  date: input.date ?? '',
  source: input.source ?? '',
  url: input.url ?? '',
});
