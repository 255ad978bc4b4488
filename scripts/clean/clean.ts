/**
 * Clean: classify each line of an article as title, content or boilerplate.
 * Nothing is removed from the text, so offsets stay exact; the source page shows the
 * boilerplate as removed, and later stages only read content blocks.
 */
import type { Article, CleanArticle } from '../contracts/stages.ts';
import { classifyBlocks } from './boilerplate.ts';
import { publisherFromDateline, stripSiteSuffix } from './dateline.ts';
import { inferMetadata, withInferredMetadata } from './metadata.ts';
import { outletFromLoneLine } from './outletLine.ts';

/** How many of the first content paragraphs may hold the wire dateline ("PORTO (Wire) - ..."). */
const DATELINE_BLOCKS = 3;

export function cleanArticle(article: Article): CleanArticle {
  const blocks = classifyBlocks(article.view, article.bodyStart, article.view.length, article.setAside, { markup: article.format === 'html' });
  const titleBlock = blocks.find((b) => b.kind === 'title');
  const source = { ...article.source };
  // A title the user gave (frontmatter, the page's metadata) wins over an inferred one.
  if (!source.title && titleBlock) source.title = article.view.slice(titleBlock.start, titleBlock.end).trim();
  // The dateline opens the story's first paragraph, which may come after a headline or a highlights line read as content.
  for (const block of blocks.filter((b) => b.kind === 'content').slice(0, DATELINE_BLOCKS)) {
    if (source.publisher) break;
    const publisher = publisherFromDateline(article.view.slice(block.start, block.end));
    if (publisher) source.publisher = publisher;
  }
  // Byline, date and rights or credit lines, for what neither the user nor the dateline gave.
  const lines = article.view.slice(article.bodyStart).split('\n').map((l) => l.trim()).filter(Boolean);
  const inferred = withInferredMetadata(source, inferMetadata(lines));
  // Weakest evidence last: a line that is only an outlet's name (never the headline: "Stocks Hit a New Record").
  const title = titleBlock && article.view.slice(titleBlock.start, titleBlock.end).trim();
  const lone = inferred.publisher ? undefined : outletFromLoneLine(lines.filter((l) => l !== title));
  if (lone) inferred.publisher = lone;
  if (inferred.title) inferred.title = stripSiteSuffix(inferred.title, inferred.publisher);
  return { ...article, source: inferred, blocks };
}
